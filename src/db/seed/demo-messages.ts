import { sql } from 'kysely';
import type { Db } from '../connection.js';

/**
 * Demo data of the county console and messages (issue #6), loaded once (its own `app_meta` key, so a database
 * seeded before it gets it on its next start) and never in production:
 * - enrolment records for the demo providers 900000001-900000004 (orientation and background check dates), so
 *   the county console can reprint their letters; 900000004 Rosa Delgado is enrolled but not set up;
 * - a welcome broadcast from Los Angeles County (sent by demo.worker) to all its providers, asking for an
 *   acknowledgement, with its in-app notification. No email goes out for it.
 * Notification preferences are the defaults (in the portal and by email; texts off) until a person changes them.
 */
export const DEMO_MESSAGES_KEY = 'demo_messages_seeded';
export const DEMO_WELCOME_SUBJECT = 'Welcome to the IHSS Provider Portal / Bienvenido al Portal de Proveedores de IHSS';

const WELCOME_BODY = `Welcome to the Los Angeles County IHSS Provider Portal. Here you will find messages from the county, notices about your timesheets and payments, and your sign-in history.

Please confirm that you have read this message with the "Acknowledge" button.

The county will never ask for your password in a message, by email, by text or by phone.

---

Bienvenido al Portal de Proveedores de IHSS del condado de Los Ángeles. Aquí encontrará los mensajes del condado, avisos sobre sus hojas de horas y pagos, y su historial de inicio de sesión.

Confirme que leyó este mensaje con el botón "Confirmar lectura".

El condado nunca le pedirá su contraseña en un mensaje, por correo electrónico, por mensaje de texto ni por teléfono.

(Demo data.)`;

const COUNTY_ID = 19;
const ENROLLED = ['900000001', '900000002', '900000003', '900000004'];

export async function seedDemoMessages(trx: Db): Promise<boolean> {
  const done = await trx.selectFrom('app_meta').select('key').where('key', '=', DEMO_MESSAGES_KEY).executeTakeFirst();
  if (done) return false;
  const worker = await trx.selectFrom('users').select('id').where('login_id', '=', 'demo.worker').executeTakeFirst();
  if (!worker) return false;

  await sql`
    INSERT INTO provider_enrolments (user_id, county_id, orientation_completed_on, background_check_cleared_on, enrolled_by, enrolled_at)
    SELECT u.id, u.county_id, date '2025-01-06', date '2025-01-21', ${worker.id}, portal_now()
    FROM users u WHERE u.login_id = ANY(${ENROLLED}) AND u.role = 'provider'
    ON CONFLICT (user_id) DO NOTHING`.execute(trx);

  const thread = await trx
    .insertInto('message_threads')
    .values({ county_id: COUNTY_ID, author_user_id: worker.id, audience: 'county', audience_user_id: null, audience_case_id: null, subject: DEMO_WELCOME_SUBJECT, requires_ack: true })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx.insertInto('message_posts').values({ thread_id: thread.id, county_id: COUNTY_ID, author_user_id: worker.id, participant_user_id: null, body: WELCOME_BODY }).execute();
  await sql`
    INSERT INTO message_recipients (thread_id, user_id, county_id)
    SELECT ${thread.id}, id, county_id FROM users WHERE role = 'provider' AND status = 'active' AND county_id = ${COUNTY_ID}`.execute(trx);
  await sql`
    INSERT INTO notifications (user_id, county_id, event, data, dedupe_key)
    SELECT r.user_id, r.county_id, 'new_message',
           jsonb_build_object('threadId', ${thread.id}::bigint, 'subject', ${DEMO_WELCOME_SUBJECT}::text, 'countyName', 'Los Angeles', 'requiresAck', true),
           ${`new_message:thread:${thread.id}`}
    FROM message_recipients r WHERE r.thread_id = ${thread.id}`.execute(trx);
  await trx.insertInto('app_meta').values({ key: DEMO_MESSAGES_KEY, value: sql`to_jsonb(portal_now())` }).execute();
  return true;
}
