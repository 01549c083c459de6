import type { Catalog } from './en.js';
import type { Translation } from '../catalog.js';

/** Norsk bokmål. Plural forms: one, other. */
export const nb = {
  kinds: {
    validation: {
      headline: 'Noen av opplysningene ble ikke godtatt.',
      next: 'Rett opplysningene du skrev inn, og prøv igjen.',
      read: {
        headline: 'Dette kunne ikke hentes med opplysningene som ble gitt.',
        next: 'Endre søket eller filtrene, og prøv igjen.',
      },
      write: {
        headline: 'Endringen ble ikke lagret fordi noen opplysninger må rettes.',
        next: 'Rett opplysningene du skrev inn, og lagre på nytt.',
      },
    },
    unauthenticated: {
      headline: 'Økten din er utløpt.',
      next: 'Logg inn på nytt for å fortsette.',
      critical: {
        next: 'Logg inn, og sjekk historikken før du gjentar endringen.',
      },
      refreshFailed: {
        headline: 'Du er ikke lenger logget inn.',
        next: 'Logg inn på nytt for å fortsette.',
      },
    },
    forbidden: {
      headline: 'Kontoen din har ikke tilgang til dette.',
      next: 'Be en administrator sjekke rollen og tilgangene dine.',
      write: {
        headline: 'Kontoen din har ikke lov til å gjøre denne endringen.',
      },
    },
    not_found: {
      headline: 'Dette elementet ble ikke funnet.',
      next: 'Sjekk ID-en du brukte; elementet kan være flyttet eller slettet.',
      write: {
        headline: 'Elementet du endrer, ble ikke funnet.',
        next: 'Last inn på nytt for å se om det fortsatt finnes, og sjekk ID-en du brukte.',
      },
    },
    conflict: {
      headline: 'Dette elementet er endret siden du åpnet det.',
      next: 'Last inn på nytt for å se gjeldende status, og bestem deretter hva du vil gjøre.',
      write: {
        headline: 'Endringen ble ikke lagret fordi den kommer i konflikt med en annen endring.',
        next: 'Last inn på nytt og sjekk historikken, og gjør endringen igjen bare hvis den fortsatt trengs.',
      },
    },
    payload_too_large: {
      headline: 'Dette er for stort til å sendes.',
      next: 'Gjør det mindre, for eksempel med færre eller mindre filer, og prøv igjen.',
      write: {
        headline: 'Endringen ble ikke lagret fordi den er for stor.',
      },
    },
    rate_limited: {
      headline: 'Det var for mange forsøk på kort tid.',
      next: 'Vent litt, og prøv igjen.',
      critical: {
        next: 'Vent litt, og last inn på nytt. Gjør endringen igjen bare hvis den ikke står i historikken.',
      },
    },
    request_failed: {
      headline: 'Opplysningene ble godtatt, men handlingen kunne ikke fullføres.',
      next: 'Et nytt forsøk hjelper ikke. Kontakt kundestøtte.',
      write: {
        headline: 'Opplysningene ble godtatt, men endringen kunne ikke fullføres.',
      },
      critical: {
        headline: 'Endringen ble ikke fullført.',
        next: 'Sjekk historikken og opplysningene, og prøv igjen bare hvis ingenting ble registrert. Ellers kontakter du kundestøtte.',
      },
    },
    timeout: {
      headline: 'Tjenesten brukte for lang tid på å svare.',
      next: 'Prøv igjen om et øyeblikk.',
      read: {
        headline: 'Dette tok for lang tid å laste inn.',
      },
      write: {
        headline: 'Tjenesten brukte for lang tid på å svare, så endringen er kanskje ikke lagret.',
        next: 'Sjekk om endringen ble lagret før du prøver igjen.',
      },
    },
    unavailable: {
      headline: 'Tjenesten er midlertidig utilgjengelig.',
      next: 'Prøv igjen om et øyeblikk.',
      write: {
        headline: 'Tjenesten er midlertidig utilgjengelig, så endringen er kanskje ikke lagret.',
        next: 'Sjekk om endringen ble lagret før du prøver igjen.',
      },
    },
    server: {
      headline: 'Tjenesten fikk et problem.',
      next: 'Prøv igjen om et øyeblikk. Kontakt kundestøtte hvis det fortsetter.',
      read: {
        headline: 'Tjenesten fikk et problem og kunne ikke laste inn dette.',
      },
      write: {
        headline: 'Tjenesten fikk et problem, så endringen er kanskje ikke lagret.',
        next: 'Sjekk om endringen ble lagret før du prøver igjen.',
      },
    },
    network: {
      headline: 'Fikk ikke kontakt med tjenesten.',
      next: 'Sjekk internettforbindelsen, og prøv igjen.',
      write: {
        headline: 'Forbindelsen ble brutt, så endringen er kanskje ikke lagret.',
        next: 'Når du er tilkoblet igjen, sjekk om endringen ble lagret før du prøver igjen.',
      },
    },
    aborted: {
      headline: 'Handlingen ble stoppet før den var ferdig.',
      next: 'Prøv igjen når du er klar.',
      write: {
        headline: 'Endringen ble stoppet før den var ferdig og er kanskje ikke lagret.',
        next: 'Sjekk om endringen ble lagret før du prøver igjen.',
      },
    },
    unsupported: {
      headline: 'Denne handlingen er ikke tilgjengelig her.',
      next: 'Last inn siden på nytt. Kontakt kundestøtte hvis det fortsetter.',
    },
    unknown: {
      headline: 'Handlingen kunne ikke fullføres.',
      next: 'Prøv igjen. Kontakt kundestøtte hvis det fortsetter.',
      write: {
        headline: 'Endringen er kanskje ikke lagret.',
        next: 'Sjekk om endringen ble lagret før du prøver igjen.',
      },
    },
  },

  critical: {
    headline: 'Endringen er kanskje ikke lagret.',
    next: 'Last inn på nytt og sjekk historikken. Gjør endringen igjen bare hvis den ikke står der.',
  },

  passedWithWarning: {
    headline: 'Utført, men tjenesten sendte en advarsel.',
    next: 'Sjekk advarselen. Du trenger ikke gjøre noe på nytt.',
  },

  exhausted: {
    next: 'Nye forsøk har ikke hjulpet. Kontakt kundestøtte.',
    write: 'Nye forsøk har ikke hjulpet. Sjekk om endringen ble lagret, og kontakt kundestøtte.',
  },

  delay: {
    seconds_one: 'Prøv igjen om {{count}} sekund.',
    seconds_other: 'Prøv igjen om {{count}} sekunder.',
    minutes_one: 'Prøv igjen om {{count}} minutt.',
    minutes_other: 'Prøv igjen om {{count}} minutter.',
    hours_one: 'Prøv igjen om {{count}} time.',
    hours_other: 'Prøv igjen om {{count}} timer.',
    countdown: 'Knappen viser når dette kan prøves igjen.',
  },

  codes: {
    C0001E: {
      headline: 'Dette ber om for mye data på én gang.',
      next: 'Avgrens søket eller vis færre poster, og prøv igjen.',
    },
    C0100E: {
      headline: 'En dato har ikke forventet format.',
      next: 'Skriv inn datoen i UTC, og prøv igjen.',
    },
    C0101E: {
      headline: 'Datoperioden mangler start eller slutt.',
      next: 'Legg til en startdato, en sluttdato eller begge, og prøv igjen.',
    },
    C0020E: {
      headline: 'Rollen din mangler noen av tillatelsene dette krever.',
      next: 'Be en administrator om en rolle med tillatelsene som mangler.',
    },
    C0120E: {
      headline: 'Noe dette viser til, ble ikke funnet, eller kontoen din kan ikke se det.',
      next: 'Sjekk ID-ene du brukte, og at kontoen din har tilgang til disse elementene.',
    },
    C0121E: {
      headline: 'En verdi som må være unik, er allerede i bruk.',
      next: 'Velg en annen verdi, og prøv igjen.',
    },
    C0122E: {
      headline: 'Et tall her kan ikke være negativt.',
      next: 'Skriv inn null eller et positivt tall, og prøv igjen.',
    },
    C0140E: {
      headline: 'Noen påkrevde verdier mangler.',
      next: 'Fyll ut alle påkrevde felt, og prøv igjen.',
    },
    C0141E: {
      headline: 'En tekst er lengre enn tillatt.',
      next: 'Gjør teksten kortere, og prøv igjen.',
    },
    S0001E: {
      headline: 'En tilgangsinnstilling mangler hos tjenesten.',
      next: 'Kontakt kundestøtte og be dem legge til tilgangsinnstillingen som mangler.',
    },
    InvalidInput: {
      next: 'Sjekk opplysningene. Hvis de ser riktige ut, be en administrator sjekke oppsettet av kontoen din.',
    },
    NotNull: {
      headline: 'En påkrevd verdi mangler.',
      next: 'Fyll ut alle påkrevde felt, og prøv igjen.',
    },
    FAILED: {
      headline: 'Handlingen ble mottatt, men behandlingen mislyktes.',
      next: 'Sjekk gjeldende status for elementet. Hvis den ikke er endret, kontakt kundestøtte med referansen.',
    },
    NO_MATCH: {
      headline: 'Ingenting er satt opp til å håndtere denne handlingen for dette elementet.',
      next: 'Sjekk elementet og statusen. Hvis begge ser riktige ut, kontakt kundestøtte med referansen.',
    },
    invalid_grant: {
      headline: 'Innloggingen din kunne ikke bekreftes.',
      next: 'Logg inn på nytt med brukernavn og passord.',
    },
    invalid_token: {
      headline: 'Økten din er avsluttet.',
      next: 'Logg inn på nytt for å fortsette.',
    },
    unauthorized: {
      next: 'Logg inn på nytt for å fortsette.',
    },
    bad_request: {
      next: 'Rett opplysningene, og prøv igjen.',
    },
    forbidden: {
      next: 'Be en administrator sjekke at kontoen din har tilgang til dette.',
    },
    card_declined: {
      headline: 'Kortet ble ikke godtatt.',
      next: 'Sjekk kortopplysningene eller bruk et annet kort, og prøv igjen.',
    },
    credit_card_check: {
      headline: 'Kortet kunne ikke bekreftes.',
      next: 'Sjekk kortopplysningene og at kortet fortsatt er aktivt, og prøv igjen.',
    },
    not_found: {
      next: 'Sjekk ID-en du brukte, og at elementet fortsatt finnes.',
    },
    not_allowed: {
      headline: 'Denne handlingen er ikke tilgjengelig for dette elementet.',
      next: 'Last inn siden på nytt. Kontakt kundestøtte hvis det fortsetter.',
    },
    not_acceptable: {
      headline: 'Tjenesten kunne ikke ta imot dette.',
      next: 'Et nytt forsøk hjelper ikke. Kontakt kundestøtte med referansen.',
    },
    request_timeout: {
      next: 'Prøv igjen om et øyeblikk. Kontakt kundestøtte med referansen hvis det fortsetter.',
    },
    conflict: {
      next: 'Last inn på nytt for å se gjeldende status, og sjekk at endringen din fortsatt passer.',
    },
    payload_too_large: {
      next: 'Send mindre om gangen, for eksempel færre eller mindre filer.',
    },
    too_many_requests: {
      next: 'Vent litt, og prøv igjen. Kontakt kundestøtte hvis det fortsetter.',
    },
    token_required: {
      headline: 'Du er ikke logget inn.',
      next: 'Logg inn, og prøv igjen.',
    },
    server_error: {
      next: 'Prøv igjen om et øyeblikk. Kontakt kundestøtte med referansen hvis det fortsetter.',
    },
    sql_multiple_results_found: {
      headline: 'Tjenesten fant flere treff der den ventet ett.',
      next: 'Sjekk opplysningene du skrev inn. Hvis de ser riktige ut, kontakt kundestøtte med referansen.',
    },
    missing_defaul_value: {
      headline: 'Tjenesten mangler en standardinnstilling for dette.',
      next: 'Sjekk opplysningene du skrev inn. Kontakt kundestøtte med referansen hvis det fortsetter.',
    },
    bad_gateway: {
      next: 'Prøv igjen om et øyeblikk. Kontakt kundestøtte med referansen hvis det fortsetter.',
    },
    service_unavailable: {
      next: 'Prøv igjen om et øyeblikk. Kontakt kundestøtte med referansen hvis det fortsetter.',
    },
    gateway_timeout: {
      next: 'Prøv igjen om et øyeblikk. Kontakt kundestøtte med referansen hvis det fortsetter.',
    },
    no_available_licenses: {
      headline: 'Det er ingen ledig lisens til dette.',
      next: 'Be en administrator frigjøre eller legge til en lisens.',
    },
    no_retailer: {
      headline: 'Kontoen din er ikke knyttet til en forhandler.',
      next: 'Be en administrator knytte kontoen din til en forhandler, og logg inn på nytt.',
    },
    method_not_supported: {
      headline: 'Tjenesten støtter ikke denne handlingen her.',
      next: 'Kontakt kundestøtte med referansen. Et nytt forsøk hjelper ikke.',
    },
    concurrency_limit: {
      headline: 'For mange handlinger kjører samtidig.',
      next: 'Vent litt, og prøv igjen.',
    },
    user_concurrency_limit: {
      headline: 'Du har for mange handlinger som kjører samtidig.',
      next: 'Vent til noen av dem er ferdige, og prøv igjen.',
    },
    tenant_concurrency_limit: {
      headline: 'Organisasjonen din har for mange handlinger som kjører samtidig.',
      next: 'Vent litt, og prøv igjen. Spør kundestøtte om høyere grenser hvis det skjer ofte.',
    },
    token_bucket_exhausted: {
      headline: 'Grensen er nådd for øyeblikket.',
      next: 'Vent noen sekunder, og prøv igjen.',
    },
    batch_concurrency_limit: {
      headline: 'For mange batchjobber kjører samtidig.',
      next: 'Vent til en av dem er ferdig, og start denne på nytt.',
    },
  },

  actions: {
    retry: 'Prøv igjen',
    retrying: 'Prøver igjen …',
    retryIn_one: 'Prøv igjen om {{count}} sekund',
    retryIn_other: 'Prøv igjen om {{count}} sekunder',
    retryInMinutes_one: 'Prøv igjen om {{count}} minutt',
    retryInMinutes_other: 'Prøv igjen om {{count}} minutter',
    retryInHours_one: 'Prøv igjen om {{count}} time',
    retryInHours_other: 'Prøv igjen om {{count}} timer',
    cancel: 'Avbryt',
    signIn: 'Logg inn',
    refreshSession: 'Logg inn på nytt',
    reload: 'Last inn på nytt',
    contactSupport: 'Kontakt kundestøtte',
    copy: 'Kopier',
    copied: 'Kopiert',
    dismiss: 'Lukk',
    showMore: 'Vis mer',
    showLess: 'Vis mindre',
  },

  confirm: {
    title: 'Prøve endringen igjen?',
    body: 'Sjekk historikken først. Prøv igjen bare hvis endringen ikke ble lagret.',
    bodyCritical:
      'Å gjenta denne endringen kan utføre den to ganger. Sjekk historikken først, og prøv igjen bare hvis endringen ikke står der.',
    titleUnknown: 'Prøve igjen?',
    bodyUnknown: 'Hvis dette var en endring, sjekk at den ikke ble lagret før du prøver igjen.',
    confirm: 'Ja, prøv igjen',
    cancel: 'Avbryt',
  },

  reference: {
    label: 'Referanse',
    copy: 'Kopier referanse',
    copied: 'Referansen er kopiert',
  },

  banner: {
    separator: ': ',
    detail: 'Melding fra tjenesten',
    detailFrom: 'Melding fra {{vendor}}',
    actions: 'Dette kan du gjøre',
  },

  vendors: {
    fluent: 'Fluent Commerce',
    ormuco: 'Ormuco',
    omilia: 'Omilia',
    omnium: 'Omnium',
    omnivalvms: 'OmniValVMS',
  },

  fields: {
    heading: 'Sjekk disse feltene',
    general: 'Generelt',
  },

  retry: {
    waiting_one: 'Prøver igjen om {{count}} sekund',
    waiting_other: 'Prøver igjen om {{count}} sekunder',
    waitingMinutes_one: 'Prøver igjen om {{count}} minutt',
    waitingMinutes_other: 'Prøver igjen om {{count}} minutter',
    waitingHours_one: 'Prøver igjen om {{count}} time',
    waitingHours_other: 'Prøver igjen om {{count}} timer',
    running: 'Prøver igjen …',
    offline: 'Venter på tilkoblingen',
    ready: 'Du kan prøve igjen nå.',
    succeeded: 'Det nye forsøket virket.',
    failed: 'Forsøket virket ikke.',
    exhausted_one: 'Virker fortsatt ikke etter {{count}} forsøk. Kontakt kundestøtte.',
    exhausted_other: 'Virker fortsatt ikke etter {{count}} forsøk. Kontakt kundestøtte.',
    notAllowed: {
      retry: 'Dette kan ikke prøves igjen akkurat nå.',
      'refresh-session': 'Logg inn på nytt først, og prøv igjen.',
      'sign-in': 'Logg inn først, og prøv igjen.',
      'fix-input': 'Rett opplysningene først. Uten endringer vil det mislykkes igjen.',
      reload: 'Last inn på nytt først for å se gjeldende status.',
      'check-access': 'Et nytt forsøk hjelper ikke før tilgangen din er endret.',
      'verify-reference': 'Sjekk først ID-en du brukte. Uten endringer vil det mislykkes igjen.',
      'contact-support': 'Et nytt forsøk hjelper ikke. Kontakt kundestøtte.',
      none: 'Dette kan ikke prøves igjen.',
      critical: 'Denne endringen gjentas ikke herfra, så den kan ikke skje to ganger.',
    },
  },

  severity: {
    error: 'Feil',
    warning: 'Advarsel',
  },

  support: {
    title: 'Opplysninger til kundestøtte',
    progress: '{{gathered}} av {{total}} samlet inn',
    gathered: 'Samlet inn',
    missing: 'Mangler',
    previewTitle: 'Dette sender du',
    attachHint: 'Legg gjerne ved et skjermbilde av det du så, når du sender dette.',
    copyText: 'Kopier som tekst',
    copyMarkdown: 'Kopier som Markdown',
    copyJson: 'Kopier som JSON',
    format: 'Format',
    formats: {
      text: 'Tekst',
      markdown: 'Markdown',
      json: 'JSON',
    },
    formTitle: 'Legg til det som mangler',
    formTitleComplete: 'Sjekk opplysningene',
    copyFailed: 'Kopieringen virket ikke. Merk forhåndsvisningen og kopier derfra.',
    sendEmail: 'E-post til kundestøtte',
    emailShortened: 'Resten fikk ikke plass i denne e-posten. Den er kopiert: lim den inn her.',
    openSite: 'Åpne kundestøttesiden',
    call: 'Ring {{phone}}',
    emailSubject: 'Henvendelse til kundestøtte: {{headline}}',
    fields: {
      client: 'Klient / leietaker',
      clientId: 'Klient-ID',
      tenant: 'Leietaker',
      environment: 'Miljø',
      ids: 'Relaterte ID-er',
      user: 'Bruker',
      occurredAt: 'Tidspunkt',
      endpoint: 'Endepunkt',
      operation: 'Operasjon',
      status: 'Status',
      message: 'Melding',
      retries: 'Nye forsøk',
      history: 'Dette viser historikken',
      errorId: 'Referanse',
      description: 'Hva du holdt på med',
      steps: 'Steg for å gjenskape',
      vendor: 'Tjeneste',
      code: 'Kode',
    },
    hints: {
      description: 'Hva prøvde du å gjøre, og hva skjedde i stedet?',
      steps: 'Ett steg per linje.',
      history: 'For eksempel: ordrehistorikken viser ingen betaling.',
      ids: 'For eksempel: ordre 17.',
    },
    required: {
      clientId: 'Legg til klient-ID-en',
      tenant: 'Legg til navnet på leietakeren',
      environment: 'Legg til miljøet',
      ids: 'Legg til ID-ene til elementene det gjelder',
      user: 'Legg til hvem som prøvde handlingen',
      history: 'Skriv hva historikken viser',
      description: 'Beskriv hva du holdt på med',
      steps: 'List opp stegene som fører til problemet',
      retries: 'Skriv hvor mange ganger du prøvde igjen, eller 0',
      generic: 'Fyll ut dette feltet',
    },
  },
} satisfies Translation<Catalog>;
