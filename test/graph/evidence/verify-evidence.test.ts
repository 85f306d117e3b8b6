import { verifyAt } from '../../../src/graph/evidence/verify-evidence';

const text = 'Indsatsen har styrket beskæftigel-\nsesplanen i hele kommunen.';

describe('verifyAt: re-finding a quote in the hashed text', () => {
  it('when the quote stands at its position as printed, then EXACT', () => {
    expect(verifyAt(text, 'har styrket', 10, 21)).toEqual({ status: 'EXACT', start: 10, end: 21 });
  });
  it('when the quote joins a word split by a line-break hyphen, then HYPHEN_JOINED', () => {
    // "beskæftigel" 11 + "-\n" 2 + "sesplanen" 9 = 22 code points from 22
    expect(verifyAt(text, 'beskæftigelsesplanen', 22, 44)).toEqual({ status: 'HYPHEN_JOINED', start: 22, end: 44 });
  });
  it('when the text moved under the quote, then MOVED with where it stands now', () => {
    expect(verifyAt(`Ny linje.\n${text}`, 'har styrket', 10, 21)).toEqual({ status: 'MOVED', start: 20, end: 31 });
  });
  it('when the quote is nowhere in the text, then NOT_FOUND', () => {
    expect(verifyAt(text, 'har svækket', 10, 21)).toEqual({ status: 'NOT_FOUND', start: null, end: null });
  });
});
