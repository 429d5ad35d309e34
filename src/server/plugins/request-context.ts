import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { pickLanguage, type Language } from '../../contracts/messages/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The language answers are written in: the UI's choice (Accept-Language from the web app). */
    lang: Language;
  }
}

export const requestContextPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('lang', 'en');
  app.addHook('onRequest', async (request) => {
    request.lang = pickLanguage(request.headers['accept-language']);
  });
});
