import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../export/index.ts';
import { jsonEqual, type JsonObject } from '../json.ts';
import { hclIdentifier, hclString } from './hcl.ts';
import { readContainerDefinitions, readHcl } from './hcl-reader.test-util.ts';
import { toTerraform } from './terraform.ts';
import { RICH_DOCUMENT } from './test-documents.ts';

describe('toTerraform', () => {
  const tf = toTerraform(RICH_DOCUMENT);

  it('writes one aws_ecs_task_definition named after the family', () => {
    expect(tf.startsWith('resource "aws_ecs_task_definition" "web-app" {\n')).toBe(true);
    expect(tf.trimEnd().endsWith('}')).toBe(true);
    expect(toTerraform(RICH_DOCUMENT, { resourceName: '9 bad name!' })).toContain(
      '"aws_ecs_task_definition" "_bad_name_"',
    );
  });

  it('gives the task-level members their provider argument names', () => {
    for (const line of [
      'family = "web-app"',
      'cpu = "1024"',
      'network_mode = "awsvpc"',
      'requires_compatibilities = ["EC2"]',
      'execution_role_arn = "arn:aws:iam::123456789012:role/exec"',
      'task_role_arn = "arn:aws:iam::123456789012:role/app"',
      'pid_mode = "task"',
      'ipc_mode = "task"',
      'file_system_id = "fs-12345678"',
      'iam = "ENABLED"',
      'host_path = "/var/data"',
      'size_in_gib = 30',
      'operating_system_family = "LINUX"',
      's3files_volume_configuration {',
      'fsx_windows_file_server_volume_configuration {',
      'credentials_parameter = "arn:aws:ssm:eu-west-1:123456789012:parameter/creds"',
      'expression = "attribute:ecs.instance-type =~ t3.*"',
    ]) {
      expect(tf).toContain(line);
    }
  });

  it('writes tags, driver options and App Mesh properties as maps', () => {
    const tags = readHcl(tf, tf.indexOf('tags = ') + 'tags = '.length).value;
    expect(tags).toEqual({ team: 'web', 'cost:center': '42' });
    const props = readHcl(tf, tf.indexOf('properties = ') + 'properties = '.length).value;
    expect(props).toEqual({ AppPorts: '8080', IgnoredUID: '1337' });
    expect(tf).toContain('driver_opts = {');
  });

  it('escapes template sequences and reads the containers back unchanged', () => {
    expect(tf).toContain('"Hello $${name} and %%{if x}"');
    expect(jsonEqual(readContainerDefinitions(tf), RICH_DOCUMENT.containerDefinitions ?? null)).toBe(true);
  });

  it('keeps the last value of a repeated tag key, as a Terraform map must', () => {
    const out = toTerraform({
      family: 'x',
      containerDefinitions: [],
      tags: [
        { key: 'a', value: '1' },
        { key: 'a', value: '2' },
      ],
    });
    expect(readHcl(out, out.indexOf('tags = ') + 'tags = '.length).value).toEqual({ a: '2' });
  });

  it('writes the rarer arguments and blocks', () => {
    const out = toTerraform({
      family: 'x',
      containerDefinitions: [],
      enableFaultInjection: true,
      inferenceAccelerators: [{ deviceName: 'd1', deviceType: 'eia2.medium' }],
      volumes: [
        { name: 'ebs', configuredAtLaunch: true },
        { name: 'scratch', host: {} },
      ],
    });
    expect(out).toContain('enable_fault_injection = true');
    expect(out).toContain(
      'inference_accelerator {\n    device_name = "d1"\n    device_type = "eia2.medium"\n  }',
    );
    expect(out).toContain('volume {\n    name = "ebs"\n    configure_at_launch = true\n  }');
    expect(out).toContain('volume {\n    name = "scratch"\n  }');
  });

  it('names what the provider has no argument for', () => {
    const out = toTerraform({ family: 'x', containerDefinitions: [], somethingNew: true });
    expect(out).toContain('# Not an aws_ecs_task_definition argument, left out: somethingNew');
  });

  it('round-trips any string through an HCL string literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(readHcl(hclString(s), 0).value).toBe(s);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom('${', '%{', '$${', '%%{', '${${', '"}'), fc.string(), (a, b) => {
        expect(readHcl(hclString(a + b), 0).value).toBe(a + b);
      }),
    );
  });

  it('round-trips generated containers', () => {
    const container = fc.record({
      name: fc.string({ minLength: 1 }),
      image: fc.string(),
      essential: fc.boolean(),
      memory: fc.integer({ min: 0, max: 1 << 20 }),
      environment: fc.array(fc.record({ name: fc.string(), value: fc.string() })),
      dockerLabels: fc.dictionary(fc.string(), fc.string()),
    });
    fc.assert(
      fc.property(fc.array(container, { maxLength: 3 }), (containers) => {
        const doc = { family: 'f', containerDefinitions: containers } as unknown as JsonObject;
        expect(readContainerDefinitions(toTerraform(doc))).toEqual(
          exportDocument(doc).containerDefinitions ?? [],
        );
      }),
    );
  });

  it('makes identifiers Terraform accepts', () => {
    expect(hclIdentifier('my-family_1', 'this')).toBe('my-family_1');
    expect(hclIdentifier('123', 'this')).toBe('this');
    expect(hclIdentifier(undefined, 'this')).toBe('this');
  });
});
