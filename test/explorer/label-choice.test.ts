import { chooseLabels, type LabelBox } from '../../explorer/src/label-choice';

const box = (id: string, priority: number, x: number, y: number, w = 100, h = 16): LabelBox => ({ id, priority, x1: x, y1: y, x2: x + w, y2: y + h });

describe('explorer label choice', () => {
  it('when two labels would overlap, then only the one of higher priority is shown', () => {
    expect(chooseLabels([box('result', 1, 0, 0), box('theme', 9, 50, 8)])).toEqual(new Set(['theme']));
  });

  it('when labels only touch or stand apart, then all are shown', () => {
    expect(chooseLabels([box('a', 1, 0, 0), box('b', 1, 100, 0), box('c', 1, 0, 16)])).toEqual(new Set(['a', 'b', 'c']));
  });

  it('when a label loses to one that itself lost, then it is shown (only shown labels block)', () => {
    const chosen = chooseLabels([box('top', 3, 0, 0), box('middle', 2, 60, 0), box('right', 1, 120, 0)]);
    expect(chosen).toEqual(new Set(['top', 'right']));
  });

  it('when priorities tie, then the choice is the same whatever the input order', () => {
    const boxes = [box('b', 1, 0, 0), box('a', 1, 10, 0)];
    expect(chooseLabels(boxes)).toEqual(chooseLabels([...boxes].reverse()));
    expect(chooseLabels(boxes)).toEqual(new Set(['a']));
  });

  it('when many labels are placed, then no two chosen ones overlap', () => {
    const boxes = Array.from({ length: 300 }, (_, i) => box(`n${i}`, i % 7, (i * 37) % 800, (i * 53) % 600, 40 + (i % 5) * 20));
    const chosen = boxes.filter((b) => chooseLabels(boxes).has(b.id));
    for (const a of chosen) for (const b of chosen) if (a !== b) expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
  });
});
