import assert from 'node:assert/strict';
import { test } from 'node:test';
import { porterStem } from './retrieval-stem.js';
import { tokenise } from './tokenise.js';

test('Porter stems from the published vocabulary', () => {
  const expected: Record<string, string> = {
    caresses: 'caress',
    ponies: 'poni',
    agreed: 'agre',
    plastered: 'plaster',
    conflated: 'conflat',
    hopping: 'hop',
    filing: 'file',
    happy: 'happi',
    relational: 'relat',
    triplicate: 'triplic',
    adjustment: 'adjust',
    adoption: 'adopt',
    controll: 'control',
    rate: 'rate',
  };
  for (const [word, stem] of Object.entries(expected)) assert.equal(porterStem(word), stem, word);
});

test('inflections and derivations of one word meet', () => {
  assert.equal(porterStem('saving'), porterStem('save'));
  assert.equal(porterStem('archiving'), porterStem('archived'));
  assert.equal(porterStem('deletion'), porterStem('deleting'));
});

test('support synonyms meet through their stems', () => {
  assert.deepEqual(tokenise('removing photos', 'en'), tokenise('delete pictures', 'en'));
  assert.deepEqual(tokenise('back up my folders', 'en'), tokenise('export directories', 'en'));
});
