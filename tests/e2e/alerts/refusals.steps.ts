import { expect, test } from '@playwright/test';
import { signToken } from '../../../lib/alerts/tokens';
import {
  alertsSite,
  de,
  errorNote,
  linkIn,
  post,
  reporter,
  run,
  secret,
  subscribeFields,
} from '../../support/alerts-site';
import { expectAccessible, messages, type Messages } from '../../support/site';

/** What is refused, with a clear message and never a server error: hostile input, forged and expired links, floods. */
export function refusalSteps() {
  test('hostile input is refused with a clear, localized message and never a server error', async ({
    request,
    page,
  }) => {
    const { site, inbox } = alertsSite();
    const before = inbox.messages.length;
    const refusals: [
      string,
      'de' | 'en',
      keyof Messages['alerts']['errors'],
      [string, string][],
      Record<string, string>?,
    ][] = [
      ['a malformed address', 'de', 'email', subscribeFields('not an address')],
      [
        'a header injected into the address',
        'de',
        'email',
        subscribeFields('victim@example.com\r\nBcc: everyone@example.org'),
      ],
      // An unreadable language field: answered in English, the one language every visitor may be assumed to expect.
      [
        'a header injected into the language field',
        'en',
        'invalid',
        subscribeFields('a@example.com', 'de\r\nX-Injected: yes'),
      ],
      // Too large to read, so the answer's language comes from the page it was sent from.
      [
        'an oversized body',
        'de',
        'tooLarge',
        [...subscribeFields('big@example.com'), ['padding', 'x'.repeat(20_000)]],
        { referer: `${site.url}/de/subscribe` },
      ],
      [
        'a post from another site',
        'de',
        'origin',
        subscribeFields('csrf@example.com'),
        { origin: 'https://evil.example' },
      ],
      ['a post without an origin', 'de', 'origin', subscribeFields('csrf@example.com'), { origin: '' }],
    ];
    for (const [name, locale, error, fields, headers] of refusals) {
      const response = await post(request, '/api/alerts/subscribe', fields, headers);
      expect(response.status(), name).toBe(303);
      const location = response.headers()['location'] ?? '';
      expect(location, name).toBe(`/${locale}/subscribe?error=${error}`);
      await page.goto(`${site.url}${location}`);
      await expect(errorNote(page, locale), name).toContainText(messages(locale).alerts.errors[error]);
    }
    await expectAccessible(page);

    // A filled honeypot is answered as a success, and nothing is sent.
    const bot = await post(request, '/api/alerts/subscribe', [
      ...subscribeFields(`bot-${run}@example.com`).filter(([k]) => k !== 'website'),
      ['website', 'https://spam.example'],
    ]);
    expect(bot.headers()['location']).toBe('/de/subscribe/sent');
    await page.waitForTimeout(1000);
    expect(inbox.messages.length).toBe(before);
  });

  test('forged and expired links are refused with a clear message', async ({ request, page }) => {
    const { site, inbox } = alertsSite();
    const forged = `confirm.${'0'.repeat(32)}.${Math.floor(Date.now() / 1000 + 3600).toString(36)}.${'A'.repeat(43)}`;
    await page.goto(`${site.url}/de/subscribe/confirm?token=${forged}`);
    await expect(errorNote(page)).toContainText(de.errors.invalidLink);
    const confirmPost = await post(request, '/api/alerts/confirm', [
      ['token', forged],
      ['locale', 'de'],
    ]);
    expect(confirmPost.headers()['location']).toBe('/de/subscribe/confirm?error=invalidLink');

    const id = (linkIn(inbox.to(reporter)[0], 'token=').match(/token=confirm\.([0-9a-f]{32})\./) ?? [])[1] ?? '';
    const expiredConfirm = signToken(secret, 'confirm', id, new Date(Date.now() - 49 * 3600_000));
    await page.goto(`${site.url}/de/subscribe/confirm?token=${expiredConfirm}`);
    await expect(errorNote(page)).toContainText(de.errors.expiredConfirm);
    const expiredManage = signToken(secret, 'manage', id, new Date(Date.now() - 91 * 86_400_000));
    await page.goto(`${site.url}/de/subscribe/preferences?token=${expiredManage}`);
    await expect(errorNote(page)).toContainText(de.errors.expiredManage);
    const deletePost = await post(request, '/api/alerts/delete', [
      ['token', expiredManage],
      ['locale', 'de'],
    ]);
    expect(deletePost.headers()['location']).toBe('/de/subscribe/preferences?error=expiredManage');
    await expectAccessible(page);

    const oneClick = await request.post(
      `${site.url}/api/alerts/unsubscribe?token=${forged.replace(/^confirm/, 'unsubscribe')}`,
      { data: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    );
    expect(oneClick.status()).toBe(400);
  });

  test('a flood of requests for one address is stopped with a clear message', async ({ request, page }) => {
    const { site, inbox } = alertsSite();
    const target = `flooded-${run}@example.com`;
    const fromElsewhere = { 'x-forwarded-for': '198.51.100.23' };
    for (let i = 0; i < 3; i++)
      expect(
        (await post(request, '/api/alerts/subscribe', subscribeFields(target), fromElsewhere)).headers()['location'],
      ).toBe('/de/subscribe/sent');
    const fourth = await post(request, '/api/alerts/subscribe', subscribeFields(target), fromElsewhere);
    expect(fourth.headers()['location']).toBe('/de/subscribe?error=rateAddress');
    await page.goto(`${site.url}/de/subscribe?error=rateAddress`);
    await expect(errorNote(page)).toContainText(de.errors.rateAddress);
    expect((await inbox.waitFor(target, 3)).length).toBe(3);
  });
}
