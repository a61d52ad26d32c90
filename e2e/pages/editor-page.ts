// Page object for the editor: finds things by role and accessible name; reads Monaco through the
// e2e-only window hook (the production build does not carry it).
import { expect, type Locator, type Page } from '@playwright/test';

export interface Marker {
  owner: string;
  code: string;
  message: string;
  severity: number;
  line: number;
  column: number;
}

export class EditorPage {
  readonly jsonRegion: Locator;
  readonly problems: Locator;
  readonly family: Locator;

  constructor(readonly page: Page) {
    this.jsonRegion = page.getByRole('region', { name: 'Task definition JSON' });
    this.problems = page.getByRole('region', { name: 'Problems' });
    this.family = page.getByRole('textbox', { name: 'Family' });
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.family).toBeVisible();
    await this.page.waitForFunction(() => window.__taskdef !== undefined);
  }

  text(): Promise<string> {
    return this.page.evaluate(() => window.__taskdef!.getText());
  }

  document(): Promise<Record<string, unknown>> {
    return this.page.evaluate(() => window.__taskdef!.getDocument() as Record<string, unknown>);
  }

  markers(): Promise<Marker[]> {
    return this.page.evaluate(() => window.__taskdef!.getMarkers());
  }

  position(): Promise<{ line: number; column: number } | null> {
    return this.page.evaluate(() => window.__taskdef!.getPosition());
  }

  /** Replace the pane's text by typing (small documents). */
  async typeJson(text: string): Promise<void> {
    await this.jsonRegion.locator('.monaco-editor .view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.insertText(text);
  }

  /** Replace the pane's text through the clipboard, as a user pasting a whole document would. */
  async pasteJson(text: string): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.jsonRegion.locator('.monaco-editor .view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
  }
}
