import { describe, expect, it } from 'vitest';
import { check } from '../check.ts';
import { jsonEqual, type JsonObject } from '../json.ts';
import { addSidecar } from './add.ts';
import { sidecarBudget } from './budget.ts';
import { removeSidecar } from './remove.ts';
import { awsvpcFargate, bridgeEc2, hostEc2 } from './test-docs.ts';

const errors = (doc: JsonObject) => check(doc).filter((p) => p.severity === 'error');

describe('sidecar budgets', () => {
  it('Fargate: fits when the task has room', () => {
    expect(sidecarBudget(awsvpcFargate('1024', '2048'), 'daemon', 32, 256)).toEqual({ fits: true });
    expect(addSidecar(awsvpcFargate('1024', '2048'), 'xray').ok).toBe(true);
  });

  it('Fargate: refuses with the next valid size when the daemon does not fit', () => {
    const doc = awsvpcFargate('256', '512'); // the app already takes 256 CPU units
    const result = addSidecar(doc, 'xray');
    expect(result).toMatchObject({ ok: false, suggestion: { cpu: '512', memory: '1024' } });
    if (!result.ok)
      expect(result.message).toMatch(/does not fit|Fargate task size is 256 CPU units \/ 512 MiB/);
  });

  it('Fargate: memory alone can be what is short; cpu then stays', () => {
    const doc = awsvpcFargate('512', '1024');
    (doc.containerDefinitions as any[])[0].memoryReservation = 900;
    expect(addSidecar(doc, 'xray')).toMatchObject({ ok: false, suggestion: { cpu: '512', memory: '2048' } });
  });

  it('Fargate: growTask applies the size, reports it, stays clean, and remove restores it', () => {
    const doc = awsvpcFargate('256', '512');
    const result = addSidecar(doc, 'xray', { growTask: true });
    if (!result.ok) throw new Error(result.message);
    expect(result.document).toMatchObject({ cpu: '512', memory: '1024' });
    expect(result.changes).toContain('Grew the task cpu from "256" to "512" so the sidecar fits');
    expect(result.changes).toContain('Grew the task memory from "512" to "1024" so the sidecar fits');
    expect(errors(result.document)).toEqual([]);
    const back = removeSidecar(result.document, 'xray');
    expect(back.ok && jsonEqual(back.document, doc)).toBe(true);
  });

  it('Fargate without a task size: suggests the smallest that fits, growTask sets it, remove deletes it', () => {
    const doc = awsvpcFargate();
    delete doc.cpu;
    delete doc.memory;
    expect(addSidecar(doc, 'xray')).toMatchObject({ ok: false, suggestion: { cpu: '512', memory: '1024' } });
    const grown = addSidecar(doc, 'xray', { growTask: true });
    if (!grown.ok) throw new Error(grown.message);
    expect(grown.changes).toContain('Grew the task cpu from (none) to "512" so the sidecar fits');
    const back = removeSidecar(grown.document, 'xray');
    expect(back.ok && jsonEqual(back.document, doc)).toBe(true);
  });

  it('Fargate: keeps the vCPU / GB spellings when they still fit', () => {
    const doc = awsvpcFargate('1 vCPU', '2 GB');
    const result = addSidecar(doc, 'xray');
    expect(result.ok && result.document.cpu === '1 vCPU' && result.document.memory === '2 GB').toBe(true);
  });

  it('Fargate: no suggestion when no size is large enough', () => {
    const doc = awsvpcFargate('16384', '122880');
    (doc.containerDefinitions as any[])[0].cpu = 16384;
    const result = addSidecar(doc, 'xray', { growTask: true });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.suggestion).toBeUndefined();
      expect(result.message).toMatch(/no Fargate size is large enough/);
    }
  });

  it('EC2 with task-level cpu/memory: refuses with the exact size needed; growTask applies it', () => {
    const doc = hostEc2(); // cpu 1024 / memory 1024; the app reserves 512 / 256
    (doc.containerDefinitions as any[])[0].cpu = 1000;
    const refused = addSidecar(doc, 'xray');
    expect(refused).toMatchObject({ ok: false, suggestion: { cpu: '1032', memory: '1024' } });
    const grown = addSidecar(doc, 'xray', { growTask: true });
    if (!grown.ok) throw new Error(grown.message);
    expect(grown.document.cpu).toBe('1032');
    expect(grown.document.memory).toBe('1024');
    expect(errors(grown.document)).toEqual([]);
  });

  it('EC2 with only task cpu set: suggests and grows cpu alone, remove restores', () => {
    const doc = bridgeEc2();
    doc.cpu = '256';
    (doc.containerDefinitions as any[])[0].cpu = 256;
    const refused = addSidecar(doc, 'xray');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.suggestion).toEqual({ cpu: '288' });
      expect(refused.message).toMatch(/Raise it to 288 CPU units\.$/);
    }
    const grown = addSidecar(doc, 'xray', { growTask: true });
    if (!grown.ok) throw new Error(grown.message);
    expect(grown.document.cpu).toBe('288');
    expect(grown.document.memory).toBeUndefined();
    expect(errors(grown.document)).toEqual([]);
    const back = removeSidecar(grown.document, 'xray');
    expect(back.ok && jsonEqual(back.document, doc)).toBe(true);
  });

  it('EC2 with only task memory set: suggests and grows memory alone, remove restores', () => {
    const doc = bridgeEc2(); // api memory 512, cache memoryReservation 128
    doc.memory = '640';
    const refused = addSidecar(doc, 'xray');
    expect(refused).toMatchObject({ ok: false, suggestion: { memory: '896' } });
    if (!refused.ok) {
      expect(refused.suggestion).toEqual({ memory: '896' });
      expect(refused.message).toMatch(/Raise it to 896 MiB\.$/);
    }
    const grown = addSidecar(doc, 'xray', { growTask: true });
    if (!grown.ok) throw new Error(grown.message);
    expect(grown.document.memory).toBe('896');
    expect(grown.document.cpu).toBeUndefined();
    expect(errors(grown.document)).toEqual([]);
    const back = removeSidecar(grown.document, 'xray');
    expect(back.ok && jsonEqual(back.document, doc)).toBe(true);
  });

  it('EC2 without a task size: no budget to break', () => {
    expect(sidecarBudget(bridgeEc2(), 'daemon', 32, 256)).toEqual({ fits: true });
  });

  it('the collector is larger than the daemon (AWS template: 256 CPU units, 512 MiB)', () => {
    const doc = awsvpcFargate('512', '1024');
    (doc.containerDefinitions as any[])[0].memoryReservation = 600;
    expect(addSidecar(doc, 'xray').ok).toBe(true);
    expect(addSidecar(doc, 'adot')).toMatchObject({ ok: false, suggestion: { cpu: '512', memory: '2048' } });
  });
});
