import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type RatingLanguage,
  type RatingPage,
  ratingLanguageOf,
  renderRatingPage,
} from '../../channels/email/rating-mail.js';
import { AppError } from '../../errors/index.js';
import type { Services } from '../services.js';

const scoreOf = (value: unknown): number | undefined =>
  typeof value === 'string' && /^[1-5]$/.test(value) ? Number(value) : undefined;

const languageOf = (request: FastifyRequest): RatingLanguage =>
  ratingLanguageOf(String((request.query as { lang?: unknown }).lang ?? 'ja'));

const send = (reply: FastifyReply, status: number, lang: RatingLanguage, page: RatingPage) =>
  reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header(
      'content-security-policy',
      "default-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    )
    .send(renderRatingPage(lang, page));

/** Runs a link check: false when the link is refused, other errors thrown on. */
async function checked(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'unauthorized') return false;
    throw error;
  }
}

/**
 * The pages mailed rating links open. Opening a link (as a mail scanner does) only shows the
 * choice; the page's button posts it, and the score is recorded then.
 */
export function registerRatingPages(app: FastifyInstance, services: Services) {
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 1024 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    scope.get('/rate/:token', async (request, reply) => {
      const lang = languageOf(request);
      const score = scoreOf((request.query as { score?: unknown }).score);
      if (!score) return send(reply, 400, lang, { state: 'bad_score' });
      const { token } = request.params as { token: string };
      // A forged or expired link shows no button to press.
      if (!(await checked(() => services.channels.ratingLinkTarget(token.slice(0, 2000))))) {
        return send(reply, 403, lang, { state: 'refused' });
      }
      const action = `/rate/${encodeURIComponent(token)}?lang=${lang}`;
      return send(reply, 200, lang, { state: 'ask', score, action });
    });
    scope.post('/rate/:token', async (request, reply) => {
      const lang = languageOf(request);
      const score = scoreOf((request.body as { score?: unknown } | undefined)?.score);
      if (!score) return send(reply, 400, lang, { state: 'bad_score' });
      const { token } = request.params as { token: string };
      if (!(await checked(() => services.channels.rateByLink(token.slice(0, 2000), score)))) {
        return send(reply, 403, lang, { state: 'refused' });
      }
      return send(reply, 200, lang, { state: 'thanks', score });
    });
  });
}
