export {
  toCloudFormation,
  cloudFormationTemplate,
  cfnLogicalId,
  type CloudFormationOptions,
} from './cloudformation.ts';
export { toTerraform, type TerraformOptions } from './terraform.ts';
export { toCdk } from './cdk.ts';
export { registerCommand } from './register-command.ts';
export { toCfnProperties, fromCfnProperties, toCdkProps, fromCdkProps, cdkPropName } from './cfn-names.ts';
export { safeFileStem } from './prepare.ts';
