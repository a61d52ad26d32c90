// Fields the launch type or the network mode rules out stay in the form, disabled, with the reason as
// their accessible description; choosing a platform that allows them enables them again.
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';

test('on Fargate: IPC mode, placement constraints, Docker volumes and host paths are disabled with the reason', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open(); // the starter document: Fargate, awsvpc
  const ipc = page.getByRole('combobox', { name: 'IPC mode' });
  const addConstraint = page.getByRole('button', { name: 'Add placement constraint' });
  await expect(ipc).toBeDisabled();
  await expect(ipc).toHaveAccessibleDescription(/Not supported on Fargate/);
  await expect(addConstraint).toBeDisabled();
  await expect(addConstraint).toHaveAccessibleDescription(/Not supported on Fargate/);

  await page.getByRole('button', { name: 'Add volume' }).click();
  const volume = page.getByRole('group', { name: 'Volume 1' });
  const kind = volume.getByRole('combobox', { name: 'Kind' });
  const docker = kind.getByRole('option', { name: /Docker volume/ });
  await expect(docker).toBeDisabled();
  await expect(docker).toHaveText(/Not supported on Fargate/);
  await expect(kind).toHaveValue('bind'); // a new volume is a bind mount
  const sourcePath = volume.getByRole('textbox', { name: 'Source path on the host' });
  await expect(sourcePath).toBeDisabled();
  await expect(sourcePath).toHaveAccessibleDescription(/Not supported on Fargate/);

  await page.getByRole('checkbox', { name: 'Fargate' }).uncheck();
  await page.getByRole('checkbox', { name: 'EC2' }).check();
  await expect(ipc).toBeEnabled();
  await expect(addConstraint).toBeEnabled();
  await expect(sourcePath).toBeEnabled();
  await expect(docker).toBeEnabled();
});

test('with awsvpc: links and the host port are disabled with the reason; bridge enables them', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  const web = page.getByRole('group', { name: 'Container web' });
  await web.getByText('Startup order and links').click();
  const links = web.getByRole('textbox', { name: 'Links' });
  const hostPort = web.getByRole('textbox', { name: 'Host port' });
  await expect(links).toBeDisabled();
  await expect(links).toHaveAccessibleDescription(/not supported when networkMode=awsvpc/);
  await expect(hostPort).toBeDisabled();
  await expect(hostPort).toHaveAccessibleDescription(/networkMode=awsvpc/);

  await page.getByRole('combobox', { name: 'Network mode' }).selectOption('bridge');
  await expect(links).toBeEnabled();
  await expect(hostPort).toBeEnabled();
  await expect(links).not.toHaveAccessibleDescription(/awsvpc/);
});

test('with network mode none: port mappings cannot be added, and say why', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await page.getByRole('checkbox', { name: 'Fargate' }).uncheck();
  await page.getByRole('checkbox', { name: 'EC2' }).check();
  await page.getByRole('combobox', { name: 'Network mode' }).selectOption('none');
  const add = page
    .getByRole('group', { name: 'Container web' })
    .getByRole('button', { name: 'Add port mapping' });
  await expect(add).toBeDisabled();
  await expect(add).toHaveAccessibleDescription(/not allowed when networkMode=none/);
});
