import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csvCell, parseContactRecords } from './contact-csv.js';

const definitions = [
  { key: 'plan', label: 'Plan', type: 'select' as const, options: ['free', 'pro'] },
  { key: 'since', label: 'Since', type: 'date' as const, options: [] },
];

describe('contact CSV rows', () => {
  it('normalises phones, checks attributes and names every bad row', () => {
    const parsed = parseContactRecords(
      [
        ['Name', 'Email', 'Phone', 'external_id', 'plan', 'since'],
        ['山田', 'y@example.jp', '090-1234-5678', 'C-1', 'pro', '2024-02-29'],
        ['', '', '', '', '', ''],
        ['Bad', 'x@', '123', '', 'gold', '2023-02-29'],
      ],
      definitions,
    );
    assert.equal(parsed.fatal, undefined);
    assert.deepEqual(parsed.rows, [
      {
        row: 2,
        value: {
          name: '山田',
          email: 'y@example.jp',
          phone: '+819012345678',
          externalId: 'C-1',
          attributes: { plan: 'pro', since: '2024-02-29' },
        },
      },
    ]);
    assert.equal(parsed.errors.length, 1);
    assert.equal(parsed.errors[0]?.row, 4);
    assert.match(parsed.errors[0]?.message ?? '', /email.*phone.*Plan.*Since/s);
  });

  it('refuses an unknown column as a whole', () => {
    assert.match(parseContactRecords([['name', 'shoe']], definitions).fatal ?? '', /"shoe"/);
  });

  it('defuses spreadsheet formulas but keeps phone numbers', () => {
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell('+819012345678'), '+819012345678');
    assert.equal(csvCell('a,b'), '"a,b"');
  });
});
