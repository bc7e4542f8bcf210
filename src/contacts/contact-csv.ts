import type { AttributeDefinition, AttributeValue, ContactPatch } from './contact.repository.js';
import { normalisePhone } from './phone.js';

export type RowError = { row: number; message: string };
export type ImportRow = { row: number; value: ContactPatch & { id?: string } };
export type ParsedContacts = { rows: ImportRow[]; errors: RowError[]; fatal?: string };

/** The fixed columns of a contacts CSV; the tenant's attribute keys may follow. */
export const contactColumns = ['id', 'name', 'email', 'phone', 'externalId'] as const;

const headerAliases: Record<string, (typeof contactColumns)[number]> = {
  id: 'id',
  name: 'name',
  email: 'email',
  phone: 'phone',
  externalid: 'externalId',
  external_id: 'externalId',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A value of a custom attribute, checked against its definition; a string is the reason it is not. */
export function attributeValue(
  definition: AttributeDefinition,
  raw: unknown,
): { value: AttributeValue } | { error: string } {
  const label = `${definition.label} (${definition.key})`;
  switch (definition.type) {
    case 'text': {
      if (typeof raw !== 'string') return { error: `${label} must be text` };
      if (raw.length > 1000) return { error: `${label} is longer than 1000 characters` };
      return { value: raw };
    }
    case 'number': {
      const n =
        typeof raw === 'number'
          ? raw
          : typeof raw === 'string' && raw.trim() !== ''
            ? Number(raw)
            : Number.NaN;
      if (!Number.isFinite(n)) return { error: `${label} must be a number` };
      return { value: n };
    }
    case 'date': {
      const text = typeof raw === 'string' ? raw : '';
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      const date = match ? new Date(`${text}T00:00:00Z`) : undefined;
      if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text)
        return { error: `${label} must be a date as YYYY-MM-DD` };
      return { value: text };
    }
    case 'select': {
      if (typeof raw !== 'string' || !definition.options.includes(raw))
        return { error: `${label} must be one of: ${definition.options.join(', ')}` };
      return { value: raw };
    }
  }
}

/**
 * Checks the contact rows of a CSV (header first; rows numbered as a spreadsheet shows them,
 * the header being row 1). Empty cells leave a field as it is; every row with a mistake is
 * reported, with its number and the reason.
 */
export function parseContactRecords(
  records: string[][],
  definitions: AttributeDefinition[],
): ParsedContacts {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const header = records[0] ?? [];
  const columns: (
    | { field: (typeof contactColumns)[number] }
    | { attribute: AttributeDefinition }
  )[] = [];
  for (const raw of header) {
    const name = raw.trim();
    const field = headerAliases[name.toLowerCase()];
    const attribute = byKey.get(name);
    if (field) columns.push({ field });
    else if (attribute) columns.push({ attribute });
    else
      return {
        rows: [],
        errors: [],
        fatal: `Unknown column "${name}": use ${contactColumns.join(', ')} or an attribute key (${definitions.map((d) => d.key).join(', ') || 'none defined'})`,
      };
  }
  if (!columns.some((c) => 'field' in c && c.field !== 'id')) {
    return {
      rows: [],
      errors: [],
      fatal: 'The header row must name at least one of name, email, phone, externalId',
    };
  }
  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    const value: ContactPatch & { id?: string } = {};
    const attributes: Record<string, AttributeValue> = {};
    const problems: string[] = [];
    columns.forEach((column, c) => {
      const cell = (record[c] ?? '').trim();
      if (cell === '') return;
      if ('attribute' in column) {
        const checked = attributeValue(column.attribute, cell);
        if ('error' in checked) problems.push(checked.error);
        else attributes[column.attribute.key] = checked.value;
        return;
      }
      switch (column.field) {
        case 'id':
          value.id = cell;
          break;
        case 'name':
          if (cell.length > 200) problems.push('name is longer than 200 characters');
          else value.name = cell;
          break;
        case 'email':
          if (cell.length > 320 || !EMAIL.test(cell))
            problems.push(`email "${cell}" is not an email address`);
          else value.email = cell;
          break;
        case 'phone': {
          const phone = normalisePhone(cell);
          if (!phone) problems.push(`phone "${cell}" is not a phone number`);
          else value.phone = phone;
          break;
        }
        case 'externalId':
          if (cell.length > 200) problems.push('externalId is longer than 200 characters');
          else value.externalId = cell;
          break;
      }
    });
    if (Object.keys(attributes).length > 0) value.attributes = attributes;
    if (problems.length > 0) errors.push({ row, message: problems.join('; ') });
    else if (Object.keys(value).length === 0)
      errors.push({ row, message: 'The row has no values' });
    else rows.push({ row, value });
  });
  return { rows, errors };
}

/** One CSV cell: quoted when it must be, and a leading =, +, - or @ defused for spreadsheets. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?\d[\d\s]*$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
