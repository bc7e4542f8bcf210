import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
/**
 * A call's quality risk (its transcript findings weighted as a conversation's are), so calls
 * are ranked in the review queue beside conversations; null until a transcript is scanned.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('calls').addColumn('qa_risk', 'integer').execute();
  await db.schema
    .createIndex('calls_tenant_qa_risk_idx')
    .on('calls')
    .columns(['tenant_id', 'qa_risk'])
    .execute();
  // Calls transcribed before: their findings are in the transcript already.
  const weight: Record<string, number> = { high: 10, medium: 3, low: 1 };
  const k = db as unknown as Kysely<{
    calls: { id: string; transcript: string | null; qa_risk: number | null };
  }>;
  const rows = await k
    .selectFrom('calls')
    .select(['id', 'transcript'])
    .where('transcript', 'is not', null)
    .execute();
  for (const row of rows) {
    const findings =
      (JSON.parse(row.transcript ?? '{}') as { findings?: { severity: string }[] }).findings ?? [];
    const risk = findings.reduce((sum, f) => sum + (weight[f.severity] ?? 0), 0);
    await k.updateTable('calls').set({ qa_risk: risk }).where('id', '=', row.id).execute();
  }
}
