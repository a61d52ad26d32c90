// A large task pasted into the pane: the cards after the first show their name and image in the
// paste's frame and mount the rest when the page is idle. Every field is still reached, by a problem
// clicked in the list and by the keyboard, and every card ends up whole.
import { test, expect } from './fixtures.ts';
import { EditorPage } from './pages/editor-page.ts';
import { check } from '../src/domain/index.ts';

const CONTAINERS = 10;

function largeTask(): Record<string, unknown> {
  return {
    family: 'large',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '1024',
    memory: '2048',
    containerDefinitions: Array.from({ length: CONTAINERS }, (_, c) => ({
      name: `svc-${c}`,
      image: `public.ecr.aws/nginx/nginx:1.${c}`,
      essential: c === 0,
      cpu: 64,
      portMappings: [{ containerPort: 8000 + c }],
      // The last container's health check interval is out of range (5-300): a problem in a closed group.
      healthCheck: { command: ['CMD', 'true'], interval: c === CONTAINERS - 1 ? 1 : 30 },
      environment: Array.from({ length: 30 }, (_, e) => ({ name: `V_${c}_${e}`, value: `v${e}` })),
    })),
  };
}

test('every card of a pasted large task ends up whole, with every field', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(largeTask(), null, 2));
  const form = page.getByRole('form', { name: 'Task definition form' });
  for (let c = 0; c < CONTAINERS; c++) {
    const card = form.getByRole('group', { name: `Container svc-${c}` });
    await expect(card.getByRole('button', { name: `Remove svc-${c}` })).toBeVisible();
    await expect(card.getByRole('textbox', { name: 'CPU units' })).toHaveValue('64');
  }
  await expect(form.getByText('Environment variables', { exact: false }).locator('visible=true')).toHaveCount(
    CONTAINERS,
  );
});

test('a problem inside the last card, clicked right after the paste, focuses its field', async ({ page }) => {
  const doc = largeTask();
  const problem = check(doc).find(
    (p) => p.path === `containerDefinitions[${CONTAINERS - 1}].healthCheck.interval`,
  );
  expect(problem).toBeDefined();
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(doc, null, 2));
  await editor.problems.getByRole('button', { name: problem!.message }).first().click();
  await expect(page.locator(':focus')).toHaveAttribute('data-path', problem!.path);
});

test('keyboard: from the last card name box, Tab reaches the rest of that card', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.pasteJson(JSON.stringify(largeTask(), null, 2));
  const card = page.getByRole('group', { name: `Container svc-${CONTAINERS - 1}` });
  const name = card.getByRole('textbox', { name: 'Container name' });
  await expect(name).toHaveValue(`svc-${CONTAINERS - 1}`);
  await name.focus();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('textbox', { name: 'Image' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('combobox', { name: 'Essential' })).toBeFocused();
});

test("a pasted definition's frame shows the form before the bracket colours, which follow", async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  // Typed, small: the colours are on.
  await expect(
    editor.jsonRegion.locator('.view-lines [class*="bracket-highlighting-"]').first(),
  ).toBeAttached();
  // Watch the frames from the paste: the one that first shows the pasted task must have no colours.
  await page.evaluate(() => {
    const w = window as unknown as { __colouredAtShow?: Promise<boolean> };
    w.__colouredAtShow = new Promise<boolean>((done) => {
      document.addEventListener(
        'paste',
        () => {
          const frame = (): void => {
            const shown = [...document.querySelectorAll('input')].some((i) => i.value === 'svc-9');
            if (!shown) {
              requestAnimationFrame(frame);
              return;
            }
            // After this frame's rendering (Monaco renders in its own frame callback).
            const ch = new MessageChannel();
            ch.port1.onmessage = () => {
              done(document.querySelector('.view-lines [class*="bracket-highlighting-"]') !== null);
            };
            ch.port2.postMessage(null);
          };
          requestAnimationFrame(frame);
        },
        { capture: true, once: true },
      );
    });
  });
  await editor.pasteJson(JSON.stringify(largeTask(), null, 2));
  const coloured = await page.evaluate(
    () => (window as unknown as { __colouredAtShow?: Promise<boolean> }).__colouredAtShow,
  );
  expect(coloured).toBe(false);
  await expect(
    editor.jsonRegion.locator('.view-lines [class*="bracket-highlighting-"]').first(),
  ).toBeAttached();
});
