// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { unavailableFields, type JsonObject } from '../../domain/index.ts';
import { focusFormPath } from './focus.ts';
import { renderForm } from './test-utils.tsx';

afterEach(cleanup);

const fargate = (extra: JsonObject = {}): JsonObject => ({
  family: 'api',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '1 vCPU',
  memory: '2 GB',
  containerDefinitions: [{ name: 'app', image: 'nginx' }],
  ...extra,
});

const box = (name: string): HTMLElement => screen.getByRole('textbox', { name });
const select = (name: string): HTMLSelectElement => screen.getByRole('combobox', { name });
const optionLabels = (el: HTMLSelectElement): string[] => [...el.options].map((o) => o.text);
const container = (doc: JsonObject, i = 0): JsonObject => (doc.containerDefinitions as JsonObject[])[i] ?? {};

describe('Fargate size picker', () => {
  it('understands "1 vCPU"/"2 GB" and offers only the memory sizes valid with the cpu', () => {
    renderForm(fargate());
    expect(select('Task CPU')).toHaveValue('1024');
    expect(select('Task memory')).toHaveValue('2048');
    expect(optionLabels(select('Task memory'))).toEqual(
      [2, 3, 4, 5, 6, 7, 8].map((g) => `${g} GB (${g * 1024})`),
    );
  });

  it('writes strings, and a memory that no longer fits is flagged, not changed', () => {
    const { store } = renderForm(fargate());
    fireEvent.change(select('Task CPU'), { target: { value: '8192' } });
    expect(store.get().value.cpu).toBe('8192');
    expect(store.get().value.memory).toBe('2 GB');
    const memory = select('Task memory');
    expect(memory).toHaveAttribute('aria-invalid', 'true');
    expect(memory).toHaveAccessibleDescription(/not valid with 8 vCPU/);
    fireEvent.change(memory, { target: { value: '16384' } });
    expect(store.get().value.memory).toBe('16384');
    expect(select('Task memory')).not.toHaveAttribute('aria-invalid');
  });

  it('shows an invalid pair as it is', () => {
    renderForm(fargate({ cpu: '1000', memory: '1024' }));
    expect(select('Task CPU')).toHaveAttribute('aria-invalid', 'true');
    expect(optionLabels(select('Task CPU'))[0]).toBe('1000 (not valid)');
  });

  it('leaves Windows without the sizes it cannot use', () => {
    renderForm(fargate({ runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } }));
    expect(optionLabels(select('Task CPU'))).not.toContain('0.25 vCPU (256)');
    expect(optionLabels(select('Task CPU'))).toContain('1 vCPU (1024)');
  });

  it('a number where ECS wants a string is readable but flagged', () => {
    renderForm(fargate({ cpu: 1024, memory: '2048' }));
    expect(select('Task CPU')).toHaveValue('1024');
    expect(select('Task CPU')).toHaveAccessibleDescription(/expects a string/);
    expect(select('Task memory')).not.toHaveAttribute('aria-invalid');
  });

  it('outside Fargate, cpu and memory are free text boxes', () => {
    const { store } = renderForm({ family: 'a', containerDefinitions: [] });
    fireEvent.change(box('Task CPU'), { target: { value: '1 vCPU' } });
    expect(store.get().value.cpu).toBe('1 vCPU');
  });
});

describe('numbers, clearing and wrong types', () => {
  it('number boxes write numbers; clearing removes the key and an emptied object', () => {
    const { store } = renderForm(fargate({ ephemeralStorage: { sizeInGiB: 30 } }));
    fireEvent.change(box('Memory hard limit (MiB)'), { target: { value: '512' } });
    expect(container(store.get().value).memory).toBe(512);
    fireEvent.change(box('Memory hard limit (MiB)'), { target: { value: '' } });
    expect('memory' in container(store.get().value)).toBe(false);
    fireEvent.change(box('Ephemeral storage (GiB)'), { target: { value: '' } });
    expect('ephemeralStorage' in store.get().value).toBe(false);
  });

  it('text that is not a number stays in the box, flagged, and the document is untouched', () => {
    const { store } = renderForm(fargate());
    const before = store.get().value;
    fireEvent.change(box('CPU units'), { target: { value: '12a' } });
    expect(store.get().value).toBe(before);
    expect(box('CPU units')).toHaveValue('12a');
    expect(box('CPU units')).toHaveAccessibleDescription(/whole number/);
  });

  it('clearing an optional text field removes the key; a select back to (default) too', () => {
    const { store } = renderForm(fargate({ taskRoleArn: 'arn:aws:iam::1:role/x' }));
    fireEvent.change(box('Task role ARN'), { target: { value: '' } });
    expect('taskRoleArn' in store.get().value).toBe(false);
    fireEvent.change(select('Network mode'), { target: { value: '' } });
    expect('networkMode' in store.get().value).toBe(false);
  });

  it('a wrong type is shown as it is and flagged; editing it writes the right type', () => {
    const doc = fargate();
    doc.containerDefinitions = [{ name: 'app', image: 'nginx', memory: '512', essential: 'yes' }];
    const { store } = renderForm(doc);
    const memory = box('Memory hard limit (MiB)');
    expect(memory).toHaveValue('512');
    expect(memory).toHaveAttribute('aria-invalid', 'true');
    expect(memory).toHaveAccessibleDescription(/Expected a number; the JSON holds the text "512"/);
    expect(select('Essential')).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(memory, { target: { value: '1024' } });
    expect(container(store.get().value).memory).toBe(1024);
  });

  it('removing the last row removes the list', () => {
    const { store } = renderForm(fargate());
    fireEvent.click(screen.getByRole('button', { name: 'Add port mapping' }));
    fireEvent.change(box('Container port'), { target: { value: '8080' } });
    expect(container(store.get().value).portMappings).toEqual([{ containerPort: 8080 }]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove port mapping 1' }));
    expect('portMappings' in container(store.get().value)).toBe(false);
  });

  it('launch type checkboxes add and remove entries; none left removes the key', () => {
    const { store } = renderForm(fargate());
    fireEvent.click(screen.getByRole('checkbox', { name: 'EC2' }));
    expect(store.get().value.requiresCompatibilities).toEqual(['FARGATE', 'EC2']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fargate' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'EC2' }));
    expect('requiresCompatibilities' in store.get().value).toBe(false);
  });
});

describe('launch types', () => {
  it('an entry that is not a launch type is shown, flagged, and can be removed', () => {
    const problems = [
      { path: 'requiresCompatibilities[1]', severity: 'error', code: 'x', message: 'Bad entry.' },
    ] as const;
    const { store } = renderForm(fargate({ requiresCompatibilities: ['FARGATE', 'fargate'] }), { problems });
    const fargateBox = screen.getByRole('checkbox', { name: 'Fargate' });
    expect(fargateBox).toBeChecked();
    expect(fargateBox).toHaveAttribute('aria-invalid', 'true');
    expect(fargateBox).toHaveAccessibleDescription(/"fargate", not a launch type.*Bad entry\./);
    fireEvent.click(screen.getByRole('button', { name: 'Remove "fargate"' }));
    expect(store.get().value.requiresCompatibilities).toEqual(['FARGATE']);
  });
});

describe('fields unavailable here', () => {
  it('are disabled, not hidden, with the reason as their description', () => {
    renderForm(fargate({ ipcMode: 'host' }), { availability: unavailableFields });
    const ipc = select('IPC mode');
    expect(ipc).toBeDisabled();
    expect(ipc).toHaveAccessibleDescription(/Not supported on Fargate/);
    const hostPort = () =>
      within(screen.getByRole('group', { name: 'Port mapping 1' })).getByRole('textbox', {
        name: 'Host port',
      });
    fireEvent.click(screen.getByRole('button', { name: 'Add port mapping' }));
    expect(hostPort()).toBeDisabled();
    expect(hostPort()).toHaveAccessibleDescription(/awsvpc/);
    expect(select('PID mode')).toBeEnabled();
  });

  it('a disabled field that holds a value can still be removed; so can an unavailable list', () => {
    const doc = fargate({ ipcMode: 'host', networkMode: 'none' });
    doc.containerDefinitions = [{ name: 'app', portMappings: [{ containerPort: 80 }] }];
    const { store } = renderForm(doc, { availability: unavailableFields });
    fireEvent.click(screen.getByRole('button', { name: 'Remove IPC mode' }));
    expect('ipcMode' in store.get().value).toBe(false);
    expect(screen.queryByRole('button', { name: 'Remove IPC mode' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add port mapping' })).toBeDisabled();
    expect(box('Container port')).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove all port mappings' }));
    expect('portMappings' in container(store.get().value)).toBe(false);
  });

  it('follow the document: leaving awsvpc enables hostPort again', () => {
    const { store } = renderForm(fargate({ requiresCompatibilities: ['EC2'] }), {
      availability: unavailableFields,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add port mapping' }));
    expect(box('Host port')).toBeDisabled();
    fireEvent.change(select('Network mode'), { target: { value: 'bridge' } });
    expect(store.get().value.networkMode).toBe('bridge');
    expect(box('Host port')).toBeEnabled();
  });
});

describe('problems and focusFormPath', () => {
  const problem = {
    path: 'containerDefinitions[0].image',
    severity: 'error',
    code: 'x',
    message: 'Image is required.',
  } as const;

  it('shows a problem next to its field and updates when problems change', () => {
    const { rerenderProblems } = renderForm(fargate(), { problems: [problem] });
    expect(box('Image')).toHaveAttribute('aria-invalid', 'true');
    expect(box('Image')).toHaveAccessibleDescription(/Image is required/);
    rerenderProblems([]);
    expect(box('Image')).not.toHaveAttribute('aria-invalid');
  });

  it('a problem about a whole row or container is shown on that group, which takes focus', () => {
    const rowProblem = {
      ...problem,
      path: 'containerDefinitions[0].portMappings[0]',
      message: 'Empty mapping.',
    };
    const cardProblem = { ...problem, path: 'containerDefinitions[0]', message: 'Container broken.' };
    const doc = fargate();
    doc.containerDefinitions = [{ name: 'app', portMappings: [{}] }];
    renderForm(doc, { problems: [rowProblem, cardProblem] });
    expect(screen.getByRole('group', { name: 'Port mapping 1' })).toHaveAccessibleDescription(
      'Empty mapping.',
    );
    expect(screen.getByRole('group', { name: 'Container app' })).toHaveAccessibleDescription(
      'Container broken.',
    );
    act(() => {
      focusFormPath('containerDefinitions[0].portMappings[0]');
    });
    expect(document.activeElement).toBe(screen.getByRole('group', { name: 'Port mapping 1' }));
  });

  it('a closed group counts the problems inside it; a sub-object shows its own', () => {
    const hc = {
      ...problem,
      path: 'containerDefinitions[0].healthCheck',
      message: 'Health check needs a command.',
    };
    const warn = {
      ...hc,
      severity: 'warning' as const,
      path: 'containerDefinitions[0].healthCheck.interval',
    };
    renderForm(fargate(), { problems: [hc, warn] });
    expect(screen.getByText('Health check', { selector: 'summary' })).toHaveTextContent(
      'Health check (1 error, 1 warning)',
    );
    expect(screen.getByText('Logging', { selector: 'summary' })).toHaveTextContent(/^Logging$/);
    expect(screen.getByRole('group', { name: 'Health check' })).toHaveAccessibleDescription(
      'Health check needs a command.',
    );
  });

  it('focuses the control for a path, opening what hides it; false when there is none', () => {
    const doc = fargate();
    const environment = Array.from({ length: 25 }, (_, i) => ({ name: `V${i}`, value: String(i) }));
    doc.containerDefinitions = [
      { name: 'app', image: 'nginx', environment, healthCheck: { command: ['CMD'] } },
    ];
    renderForm(doc);
    expect(screen.queryByRole('textbox', { name: 'Variable name' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Show all 25 environment variables' })).toBeInTheDocument();
    let found = false;
    act(() => {
      found = focusFormPath('containerDefinitions[0].environment[24].value');
    });
    expect(found).toBe(true);
    expect(document.activeElement).toHaveValue('24');
    act(() => {
      found = focusFormPath('containerDefinitions[0].healthCheck.interval');
    });
    expect(found).toBe(true);
    expect(document.activeElement?.closest('details')).toHaveProperty('open', true);
    expect(focusFormPath('containerDefinitions[5].image')).toBe(false);
  });
});

describe('container details', () => {
  it('choosing awslogs prefills its options without replacing existing ones', () => {
    const doc = fargate();
    doc.containerDefinitions = [
      { name: 'app', image: 'nginx', logConfiguration: { options: { mode: 'non-blocking' } } },
    ];
    const { store } = renderForm(doc);
    fireEvent.change(select('Log driver'), { target: { value: 'awslogs' } });
    expect(container(store.get().value).logConfiguration).toEqual({
      options: {
        mode: 'non-blocking',
        'awslogs-group': '/ecs/api',
        'awslogs-region': 'us-east-1',
        'awslogs-stream-prefix': 'app',
        'awslogs-create-group': 'true',
      },
      logDriver: 'awslogs',
    });
  });

  it('command is one argument per line', () => {
    const { store } = renderForm(fargate());
    fireEvent.change(box('Command'), { target: { value: 'node\nserver.js\n--port=80' } });
    expect(container(store.get().value).command).toEqual(['node', 'server.js', '--port=80']);
    fireEvent.change(box('Command'), { target: { value: '' } });
    expect('command' in container(store.get().value)).toBe(false);
  });

  it('dependsOn offers the other containers of the task by name', () => {
    const doc = fargate();
    doc.containerDefinitions = [{ name: 'app' }, { name: 'db' }];
    const { store } = renderForm(doc);
    const app = screen.getByRole('group', { name: 'Container app' });
    fireEvent.click(within(app).getByRole('button', { name: 'Add dependency' }));
    const pick = within(app).getByRole('combobox', { name: 'Container' });
    expect(optionLabels(pick as HTMLSelectElement)).toEqual(['(choose)', 'db']);
    fireEvent.change(pick, { target: { value: 'db' } });
    expect(container(store.get().value).dependsOn).toEqual([{ condition: 'START', containerName: 'db' }]);
  });

  it('docker labels: add, rename keeping order, refuse a duplicate key', () => {
    const doc = fargate();
    doc.containerDefinitions = [{ name: 'app', dockerLabels: { a: '1', b: '2' } }];
    const { store } = renderForm(doc);
    fireEvent.change(box('Key 1'), { target: { value: 'z' } });
    expect(container(store.get().value).dockerLabels).toEqual({ z: '1', b: '2' });
    expect(Object.keys(container(store.get().value).dockerLabels as JsonObject)).toEqual(['z', 'b']);
    fireEvent.change(box('Key 1'), { target: { value: 'b' } });
    expect(box('Key 1')).toHaveAttribute('aria-invalid', 'true');
    expect(Object.keys(container(store.get().value).dockerLabels as JsonObject)).toEqual(['z', 'b']);
  });
});

describe('odd documents', () => {
  it('wrong shapes are shown as such and nothing throws', () => {
    renderForm({
      family: ['x'],
      requiresCompatibilities: 'FARGATE',
      volumes: 5,
      containerDefinitions: [null, { name: 'b', portMappings: {}, command: 'npm start', dockerLabels: [] }],
    });
    expect(box('Family')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Expected a list; the JSON holds the number 5/)).toBeInTheDocument();
    expect(screen.getByText(/This entry is not an object/)).toBeInTheDocument();
    expect(screen.getByText(/Expected a list; the JSON holds an object/)).toBeInTheDocument();
    expect(box('Command')).toHaveAttribute('readonly');
    expect(box('Command')).toHaveAccessibleDescription(/Expected a list of strings/);
    expect(screen.getByText(/Expected key\/value pairs; the JSON holds a list/)).toBeInTheDocument();
  });

  it('a tag key is checked against the model', () => {
    renderForm(fargate({ tags: [{ key: 'team#1', value: 'ok' }] }));
    expect(box('Key')).toHaveAttribute('aria-invalid', 'true');
    expect(box('Value')).not.toHaveAttribute('aria-invalid');
  });
});

describe('volumes', () => {
  it('a kind the task cannot use is offered disabled, with the reason', () => {
    renderForm(fargate({ volumes: [{ name: 'v' }] }), { availability: unavailableFields });
    const docker = screen.getByRole('option', { name: /^Docker volume/ });
    expect(docker).toBeDisabled();
    expect(docker).toHaveTextContent('Docker volume (Not supported on Fargate)');
    expect(screen.getByRole('option', { name: 'Amazon EFS' })).toBeEnabled();
  });

  it('a new volume gets a unique name, never an empty one', () => {
    const { store } = renderForm(fargate({ volumes: [{ name: 'volume-2' }] }));
    fireEvent.click(screen.getByRole('button', { name: 'Add volume' }));
    expect(store.get().value.volumes).toEqual([{ name: 'volume-2' }, { name: 'volume-3' }]);
  });

  it('switching the kind replaces only the kind settings; mount points offer volume names', () => {
    const { store } = renderForm(
      fargate({ volumes: [{ name: 'data', host: { sourcePath: '/srv' }, extra: 1 }] }),
    );
    fireEvent.change(select('Kind'), { target: { value: 'efs' } });
    expect(store.get().value.volumes).toEqual([{ name: 'data', extra: 1, efsVolumeConfiguration: {} }]);
    fireEvent.change(box('File system ID'), { target: { value: 'fs-1' } });
    expect(store.get().value.volumes).toEqual([
      { name: 'data', extra: 1, efsVolumeConfiguration: { fileSystemId: 'fs-1' } },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Add mount point' }));
    expect(optionLabels(select('Source volume'))).toEqual(['(none)', 'data']);
  });
});
