import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isNode, parseDocument, visit } from 'yaml';
import { isJsonObject, jsonEqual, type JsonObject } from '../json.ts';
import { getAt } from '../path.ts';
import { cdkPropName, fromCdkProps, fromCfnProperties, toCdkProps, toCfnProperties } from './cfn-names.ts';
import { RICH_DOCUMENT } from './test-documents.ts';

const CORPUS = `${process.cwd()}/../shared/corpus/`;

/** Every AWS::ECS::TaskDefinition Properties block of a CloudFormation file in the corpus. */
function corpusCfnProperties(): { file: string; props: JsonObject }[] {
  const out: { file: string; props: JsonObject }[] = [];
  for (const file of readdirSync(CORPUS).filter((f) => /\.(ya?ml|json|template)$/.test(f))) {
    const text = readFileSync(CORPUS + file, 'utf8');
    if (!text.includes('AWS::ECS::TaskDefinition')) continue;
    let data: unknown;
    try {
      // Short-form intrinsics (!Sub, !Ref) become their long form, { "Fn::Sub": ... }, as in JSON templates.
      const yamlDoc = parseDocument(text, { logLevel: 'silent' });
      visit(yamlDoc, {
        Node(_, node) {
          if (!isNode(node) || !node.tag?.startsWith('!') || node.tag.startsWith('!!')) return undefined;
          const name = node.tag.slice(1);
          delete node.tag;
          return yamlDoc.createNode({
            [name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`]: node,
          });
        },
      });
      data = yamlDoc.toJS();
    } catch {
      continue;
    }
    const resources = isJsonObject(data) ? getAt(data, ['Resources']) : undefined;
    if (!isJsonObject(resources)) continue;
    for (const r of Object.values(resources)) {
      if (isJsonObject(r) && r.Type === 'AWS::ECS::TaskDefinition' && isJsonObject(r.Properties)) {
        out.push({ file, props: r.Properties });
      }
    }
  }
  return out;
}

describe('CloudFormation property names', () => {
  it('renames the members CloudFormation spells differently', () => {
    const cfn = toCfnProperties(RICH_DOCUMENT);
    expect(getAt(cfn, ['Volumes', 0, 'EFSVolumeConfiguration', 'FilesystemId'])).toBe('fs-12345678');
    expect(getAt(cfn, ['Volumes', 0, 'EFSVolumeConfiguration', 'AuthorizationConfig', 'IAM'])).toBe(
      'ENABLED',
    );
    expect(getAt(cfn, ['Volumes', 2, 'FSxWindowsFileServerVolumeConfiguration', 'FileSystemId'])).toBe(
      'fs-0123',
    );
    expect(getAt(cfn, ['Volumes', 3, 'S3FilesVolumeConfiguration', 'FileSystemArn'])).toMatch(/^arn:/);
    expect(getAt(cfn, ['ProxyConfiguration', 'ProxyConfigurationProperties', 0, 'Name'])).toBe('AppPorts');
    expect(getAt(cfn, ['EphemeralStorage', 'SizeInGiB'])).toBe(30);
    expect(getAt(cfn, ['Tags', 1])).toEqual({ Key: 'cost:center', Value: '42' });
  });

  it('keeps the keys of free-form maps as written', () => {
    const cfn = toCfnProperties(RICH_DOCUMENT);
    expect(getAt(cfn, ['ContainerDefinitions', 0, 'DockerLabels'])).toEqual({
      'com.example.team': 'web',
      'Key With Space': 'x',
    });
    expect(getAt(cfn, ['ContainerDefinitions', 0, 'LogConfiguration', 'Options', 'awslogs-group'])).toBe(
      '/ecs/web',
    );
    expect(getAt(cfn, ['ContainerDefinitions', 1, 'FirelensConfiguration', 'Options'])).toEqual({
      'enable-ecs-log-metadata': 'true',
    });
    expect(getAt(cfn, ['Volumes', 1, 'DockerVolumeConfiguration', 'DriverOpts'])).toEqual({ type: 'nfs' });
    expect(getAt(cfn, ['Volumes', 1, 'DockerVolumeConfiguration', 'Labels'])).toEqual({ 'a.b': 'c' });
  });

  it('reads its own output back', () => {
    expect(jsonEqual(fromCfnProperties(toCfnProperties(RICH_DOCUMENT)), RICH_DOCUMENT)).toBe(true);
  });

  it('agrees with the property names of real templates', () => {
    const found = corpusCfnProperties();
    expect(found.length).toBeGreaterThan(10);
    for (const { file, props } of found) {
      expect(toCfnProperties(fromCfnProperties(props)), file).toEqual(props);
    }
    const meshify = found.find((f) => f.file.includes('meshify'));
    expect(
      getAt(fromCfnProperties(meshify?.props ?? {}), ['proxyConfiguration', 'properties', 0, 'name']),
    ).toBe('IgnoredUID');
    const efs = found.find((f) => f.file.includes('worker-test'));
    const api = fromCfnProperties(efs?.props ?? {});
    expect(getAt(api, ['volumes', 0, 'efsVolumeConfiguration', 'authorizationConfig', 'iam'])).toBe(
      'DISABLED',
    );
    expect(getAt(api, ['volumes', 0, 'efsVolumeConfiguration', 'fileSystemId'])).toBeDefined();
  });
});

describe('CDK L1 prop names', () => {
  it.each([
    ['EFSVolumeConfiguration', 'efsVolumeConfiguration'],
    ['FSxWindowsFileServerVolumeConfiguration', 'fSxWindowsFileServerVolumeConfiguration'],
    ['S3FilesVolumeConfiguration', 's3FilesVolumeConfiguration'],
    ['IAM', 'iam'],
    ['FilesystemId', 'filesystemId'],
    ['SizeInGiB', 'sizeInGiB'],
    ['ProxyConfigurationProperties', 'proxyConfigurationProperties'],
    ['Cpu', 'cpu'],
  ])('%s -> %s', (cfn, cdk) => {
    expect(cdkPropName(cfn)).toBe(cdk);
  });

  it('converts a document both ways', () => {
    const props = toCdkProps(RICH_DOCUMENT);
    expect(getAt(props, ['volumes', 0, 'efsVolumeConfiguration', 'filesystemId'])).toBe('fs-12345678');
    expect(getAt(props, ['volumes', 2, 'fSxWindowsFileServerVolumeConfiguration', 'fileSystemId'])).toBe(
      'fs-0123',
    );
    expect(jsonEqual(fromCdkProps(props), RICH_DOCUMENT)).toBe(true);
  });
});
