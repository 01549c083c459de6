/**
 * An app's own strings for the kit, as the README's "Your words, your language" shows them: one
 * English headline reworded, and Swedish, which the kit does not ship. Shared by the provider
 * story and the provider test, so the three say the same.
 */
export const APP_WORDS = {
  en: { kinds: { unavailable: { headline: 'Orders are down for a moment.' } } },
  sv: {
    kinds: {
      unauthenticated: {
        headline: 'Din session har gått ut.',
        next: 'Logga in igen för att fortsätta.',
      },
    },
    actions: { refreshSession: 'Logga in igen' },
  },
};
