import { describe, expect, it } from 'vitest';
import { inferenceAcceleratorsRule, resourceRequirementsRule } from './resources.ts';
import { WINDOWS, at, codes, fargate, fixed, only, task } from './testing.ts';

const req = (type: string, value: string) => ({ type, value });

describe('resourceRequirements (RULES.md 96)', () => {
  it('passes a GPU count on EC2', () => {
    expect(
      codes(resourceRequirementsRule, task([{ name: 'a', resourceRequirements: [req('GPU', '1')] }])),
    ).toEqual([]);
  });

  it('reports GPUs on Fargate and Windows, and a bad count', () => {
    expect(
      codes(resourceRequirementsRule, fargate([{ name: 'a', resourceRequirements: [req('GPU', '1')] }])),
    ).toEqual(['gpu-unsupported']);
    expect(
      codes(
        resourceRequirementsRule,
        task([{ name: 'a', resourceRequirements: [req('GPU', '1')] }], WINDOWS),
      ),
    ).toEqual(['gpu-unsupported']);
    expect(
      codes(resourceRequirementsRule, task([{ name: 'a', resourceRequirements: [req('GPU', '0')] }])),
    ).toEqual(['gpu-value']);
  });

  it('NeuronDevice: ALL, Managed Instances only, one container', () => {
    const mi = { requiresCompatibilities: ['MANAGED_INSTANCES'] };
    expect(
      codes(
        resourceRequirementsRule,
        task([{ name: 'a', resourceRequirements: [req('NeuronDevice', 'ALL')] }], mi),
      ),
    ).toEqual([]);
    const doc = task(
      [
        { name: 'a', resourceRequirements: [req('NeuronDevice', '2')] },
        { name: 'b', resourceRequirements: [req('NeuronDevice', 'ALL')] },
      ],
      { requiresCompatibilities: ['EC2'] },
    );
    expect(codes(resourceRequirementsRule, doc)).toEqual([
      'neuron-device',
      'neuron-device',
      'neuron-device',
      'neuron-device',
    ]);
  });

  it('InferenceAccelerator must name a task accelerator', () => {
    const extra = { inferenceAccelerators: [{ deviceName: 'device_1', deviceType: 'eia2.medium' }] };
    expect(
      codes(
        resourceRequirementsRule,
        task([{ name: 'a', resourceRequirements: [req('InferenceAccelerator', 'device_1')] }], extra),
      ),
    ).toEqual([]);
    expect(
      codes(
        resourceRequirementsRule,
        task([{ name: 'a', resourceRequirements: [req('InferenceAccelerator', 'device_2')] }], extra),
      ),
    ).toEqual(['inference-accelerator-unknown']);
  });
});

describe('inferenceAccelerators deprecated (RULES.md 116)', () => {
  it('passes without accelerators', () => {
    expect(codes(inferenceAcceleratorsRule, task([{ name: 'a' }]))).toEqual([]);
  });

  it('warns and removes the accelerators and their references', () => {
    const doc = task(
      [
        {
          name: 'a',
          resourceRequirements: [
            req('GPU', '1'),
            req('InferenceAccelerator', 'd1'),
            req('InferenceAccelerator', 'd2'),
          ],
        },
      ],
      {
        inferenceAccelerators: [
          { deviceName: 'd1', deviceType: 'eia2.medium' },
          { deviceName: 'd2', deviceType: 'eia2.medium' },
        ],
      },
    );
    const out = fixed(only(inferenceAcceleratorsRule, doc, 'inference-accelerators-deprecated'), doc);
    expect(out.inferenceAccelerators).toBeUndefined();
    expect(at(out, 'containerDefinitions', 0, 'resourceRequirements')).toEqual([req('GPU', '1')]);
  });
});
