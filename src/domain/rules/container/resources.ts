// resourceRequirements and inference accelerators (RULES.md 96, 116).
import { own } from '../../json.ts';
import type { Problem } from '../../problem.ts';
import { compatibilities, containers, isFargate, isWindows, str, type Rule } from '../rule.ts';
import { edit, isNonEmptyArray, items, problem, taskItems } from './util.ts';

// RULES.md 96 [REG-doc]: GPU takes a positive integer count or ALL, and is not for Fargate or
// Windows; NeuronDevice takes only ALL, on one container, on Managed Instances only;
// InferenceAccelerator must name a task inferenceAccelerators[].deviceName.
// Source: M:ResourceRequirement; DG23 task_definition_parameters.md.
export const resourceRequirementsRule: Rule = {
  id: 'resource-requirements',
  check(doc) {
    const out: Problem[] = [];
    const fargate = isFargate(doc);
    const windows = isWindows(doc);
    const managedOnly =
      compatibilities(doc).length > 0 && compatibilities(doc).every((c) => c === 'MANAGED_INSTANCES');
    const devices = new Set(
      taskItems(doc, 'inferenceAccelerators').flatMap(({ item }) => {
        const name = str(own(item, 'deviceName'));
        return name === undefined ? [] : [name];
      }),
    );
    let neuronOwner: string | undefined;
    for (const c of containers(doc)) {
      for (const { item, path } of items(c, 'resourceRequirements')) {
        const type = str(own(item, 'type'));
        const value = str(own(item, 'value'));
        if (type === 'GPU') {
          if (fargate || windows)
            out.push(
              problem(
                `${path}.type`,
                'error',
                'gpu-unsupported',
                `GPUs are not supported ${fargate ? 'on Fargate' : 'for Windows containers'}. Run the task on EC2 GPU instances (Linux).`,
              ),
            );
          if (value !== undefined && value !== 'ALL' && !/^[1-9]\d*$/.test(value))
            out.push(
              problem(
                `${path}.value`,
                'error',
                'gpu-value',
                `The GPU count is a positive whole number or ALL, not "${value}".`,
              ),
            );
        } else if (type === 'NeuronDevice') {
          if (value !== undefined && value !== 'ALL')
            out.push(
              problem(
                `${path}.value`,
                'error',
                'neuron-device',
                `NeuronDevice takes only the value ALL, not "${value}".`,
              ),
            );
          if (!managedOnly)
            out.push(
              problem(
                `${path}.type`,
                'error',
                'neuron-device',
                'NeuronDevice is available only on Managed Instances: set requiresCompatibilities to ["MANAGED_INSTANCES"].',
              ),
            );
          if (neuronOwner !== undefined)
            out.push(
              problem(
                `${path}.type`,
                'error',
                'neuron-device',
                `Only one container per task may request NeuronDevice; ${neuronOwner} already does.`,
              ),
            );
          neuronOwner ??= c.name ?? c.path;
        } else if (type === 'InferenceAccelerator' && value !== undefined && !devices.has(value)) {
          out.push(
            problem(
              `${path}.value`,
              'error',
              'inference-accelerator-unknown',
              `"${value}" is not the deviceName of any task inferenceAccelerators entry.`,
            ),
          );
        }
      }
    }
    return out;
  },
};

// RULES.md 116 [SDK]: inferenceAccelerators is deprecated (Elastic Inference is retired); "reject
// new uses in the editor". The editor cannot tell a new use from an old document ECS still
// registers, so it is a warning, with a fix that removes the accelerators and their references.
export const inferenceAcceleratorsRule: Rule = {
  id: 'inference-accelerators-deprecated',
  check(doc) {
    if (!isNonEmptyArray(own(doc, 'inferenceAccelerators'))) return [];
    return [
      problem(
        'inferenceAccelerators',
        'warning',
        'inference-accelerators-deprecated',
        'Elastic Inference accelerators are deprecated and no longer available. Remove inferenceAccelerators (and the InferenceAccelerator resource requirements); use GPU or Inferentia instances instead.',
        {
          title: 'Remove inferenceAccelerators',
          apply: (current) => {
            const writes: [string, undefined][] = [['inferenceAccelerators', undefined]];
            // Remove from the last index down so earlier indexes stay valid.
            for (const c of containers(current))
              for (const { item, path } of items(c, 'resourceRequirements').reverse())
                if (str(own(item, 'type')) === 'InferenceAccelerator') writes.push([path, undefined]);
            return edit(current, writes);
          },
        },
      ),
    ];
  },
};
