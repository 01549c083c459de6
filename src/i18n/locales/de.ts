import type { Catalog } from './en.js';
import type { Translation } from '../catalog.js';

/** Deutsch (Sie-Form). Plural forms: one, other. */
export const de = {
  kinds: {
    validation: {
      headline: 'Einige Angaben wurden nicht akzeptiert.',
      next: 'Korrigieren Sie Ihre Angaben und versuchen Sie es erneut.',
      read: {
        headline: 'Mit diesen Angaben konnte das nicht geladen werden.',
        next: 'Ändern Sie die Such- oder Filterwerte und versuchen Sie es erneut.',
      },
      write: {
        headline:
          'Die Änderung wurde nicht gespeichert, weil einige Angaben korrigiert werden müssen.',
        next: 'Korrigieren Sie Ihre Angaben und speichern Sie erneut.',
      },
    },
    unauthenticated: {
      headline: 'Ihre Sitzung ist abgelaufen.',
      next: 'Melden Sie sich erneut an, um fortzufahren.',
      critical: {
        next: 'Melden Sie sich an und prüfen Sie den Verlauf, bevor Sie die Änderung wiederholen.',
      },
      refreshFailed: {
        headline: 'Sie sind nicht mehr angemeldet.',
        next: 'Melden Sie sich erneut an, um fortzufahren.',
      },
    },
    forbidden: {
      headline: 'Ihr Konto hat keinen Zugriff darauf.',
      next: 'Lassen Sie Ihre Rolle und Ihre Zugriffsrechte von der Administration prüfen.',
      write: {
        headline: 'Ihr Konto darf diese Änderung nicht vornehmen.',
      },
    },
    not_found: {
      headline: 'Dieses Element wurde nicht gefunden.',
      next: 'Prüfen Sie die verwendete ID; das Element wurde möglicherweise verschoben oder gelöscht.',
      write: {
        headline: 'Das Element, das Sie ändern, wurde nicht gefunden.',
        next: 'Laden Sie neu, um zu sehen, ob es noch existiert, und prüfen Sie dann die verwendete ID.',
      },
    },
    conflict: {
      headline: 'Dieses Element wurde geändert, seit Sie es geöffnet haben.',
      next: 'Laden Sie neu, um den aktuellen Stand zu sehen, und entscheiden Sie dann, was zu tun ist.',
      write: {
        headline:
          'Die Änderung wurde nicht gespeichert, weil sie mit einer anderen Änderung in Konflikt steht.',
        next: 'Laden Sie neu und prüfen Sie den Verlauf; wiederholen Sie die Änderung nur, wenn sie noch nötig ist.',
      },
    },
    payload_too_large: {
      headline: 'Das ist zu groß zum Senden.',
      next: 'Verkleinern Sie es, zum Beispiel mit weniger oder kleineren Dateien, und versuchen Sie es erneut.',
      write: {
        headline: 'Die Änderung wurde nicht gespeichert, weil sie zu groß ist.',
      },
    },
    rate_limited: {
      headline: 'In kurzer Zeit gab es zu viele Versuche.',
      next: 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
      critical: {
        next: 'Warten Sie einen Moment und laden Sie neu. Wiederholen Sie die Änderung nur, wenn sie nicht im Verlauf steht.',
      },
    },
    request_failed: {
      headline: 'Die Angaben wurden akzeptiert, aber die Aktion konnte nicht abgeschlossen werden.',
      next: 'Ein neuer Versuch hilft nicht. Wenden Sie sich an den Support.',
      write: {
        headline:
          'Die Angaben wurden akzeptiert, aber die Änderung konnte nicht abgeschlossen werden.',
      },
      critical: {
        headline: 'Die Änderung wurde nicht abgeschlossen.',
        next: 'Prüfen Sie den Verlauf und die Angaben; versuchen Sie es nur erneut, wenn nichts erfasst wurde. Andernfalls wenden Sie sich an den Support.',
      },
    },
    timeout: {
      headline: 'Der Dienst hat zu lange nicht geantwortet.',
      next: 'Versuchen Sie es gleich noch einmal.',
      read: {
        headline: 'Das Laden hat zu lange gedauert.',
      },
      write: {
        headline:
          'Der Dienst hat zu lange nicht geantwortet, daher wurde die Änderung möglicherweise nicht gespeichert.',
        next: 'Prüfen Sie, ob die Änderung gespeichert wurde, bevor Sie es erneut versuchen.',
      },
    },
    unavailable: {
      headline: 'Der Dienst ist vorübergehend nicht verfügbar.',
      next: 'Versuchen Sie es gleich noch einmal.',
      write: {
        headline:
          'Der Dienst ist vorübergehend nicht verfügbar, daher wurde die Änderung möglicherweise nicht gespeichert.',
        next: 'Prüfen Sie, ob die Änderung gespeichert wurde, bevor Sie es erneut versuchen.',
      },
    },
    server: {
      headline: 'Beim Dienst ist ein Problem aufgetreten.',
      next: 'Versuchen Sie es gleich noch einmal. Wenden Sie sich an den Support, wenn es weiterhin auftritt.',
      read: {
        headline:
          'Beim Dienst ist ein Problem aufgetreten, daher konnte dies nicht geladen werden.',
      },
      write: {
        headline:
          'Beim Dienst ist ein Problem aufgetreten, daher wurde die Änderung möglicherweise nicht gespeichert.',
        next: 'Prüfen Sie, ob die Änderung gespeichert wurde, bevor Sie es erneut versuchen.',
      },
    },
    network: {
      headline: 'Der Dienst ist nicht erreichbar.',
      next: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
      write: {
        headline:
          'Die Verbindung wurde unterbrochen, daher wurde die Änderung möglicherweise nicht gespeichert.',
        next: 'Sobald Sie wieder online sind, prüfen Sie, ob die Änderung gespeichert wurde, bevor Sie es erneut versuchen.',
      },
    },
    aborted: {
      headline: 'Die Aktion wurde abgebrochen, bevor sie fertig war.',
      next: 'Versuchen Sie es erneut, wenn Sie bereit sind.',
      write: {
        headline:
          'Die Änderung wurde abgebrochen, bevor sie fertig war, und wurde möglicherweise nicht gespeichert.',
        next: 'Prüfen Sie, ob die Änderung gespeichert wurde, bevor Sie es erneut versuchen.',
      },
    },
    unsupported: {
      headline: 'Diese Aktion ist hier nicht verfügbar.',
      next: 'Laden Sie die Seite neu. Wenden Sie sich an den Support, wenn es weiterhin auftritt.',
    },
    unknown: {
      headline: 'Die Aktion konnte nicht abgeschlossen werden.',
      next: 'Versuchen Sie es erneut. Wenden Sie sich an den Support, wenn es weiterhin auftritt.',
      write: {
        headline: 'Die Änderung wurde möglicherweise nicht gespeichert.',
        next: 'Prüfen Sie, ob die Änderung gespeichert wurde, bevor Sie es erneut versuchen.',
      },
    },
  },

  critical: {
    headline: 'Die Änderung wurde möglicherweise nicht gespeichert.',
    next: 'Laden Sie neu und prüfen Sie den Verlauf. Wiederholen Sie die Änderung nur, wenn sie dort nicht steht.',
  },

  passedWithWarning: {
    headline: 'Erledigt, aber der Dienst hat eine Warnung gesendet.',
    next: 'Prüfen Sie die Warnung. Es muss nichts wiederholt werden.',
  },

  exhausted: {
    next: 'Erneute Versuche haben nicht geholfen. Wenden Sie sich an den Support.',
    write:
      'Erneute Versuche haben nicht geholfen. Prüfen Sie, ob die Änderung gespeichert wurde, und wenden Sie sich dann an den Support.',
  },

  delay: {
    seconds_one: 'Versuchen Sie es in {{count}} Sekunde erneut.',
    seconds_other: 'Versuchen Sie es in {{count}} Sekunden erneut.',
    minutes_one: 'Versuchen Sie es in {{count}} Minute erneut.',
    minutes_other: 'Versuchen Sie es in {{count}} Minuten erneut.',
    hours_one: 'Versuchen Sie es in {{count}} Stunde erneut.',
    hours_other: 'Versuchen Sie es in {{count}} Stunden erneut.',
    countdown: 'Die Schaltfläche zeigt, wann Sie es erneut versuchen können.',
  },

  codes: {
    C0001E: {
      headline: 'Das fordert zu viele Daten auf einmal an.',
      next: 'Schränken Sie die Suche ein oder zeigen Sie weniger Datensätze an, und versuchen Sie es dann erneut.',
    },
    C0100E: {
      headline: 'Ein Datum hat nicht das erwartete Format.',
      next: 'Geben Sie das Datum in UTC ein und versuchen Sie es erneut.',
    },
    C0101E: {
      headline: 'Dem Zeitraum fehlt ein Anfang oder ein Ende.',
      next: 'Geben Sie ein Start- oder Enddatum oder beides an und versuchen Sie es erneut.',
    },
    C0020E: {
      headline: 'Ihrer Rolle fehlen einige der dafür nötigen Berechtigungen.',
      next: 'Fragen Sie die Administration nach einer Rolle mit den fehlenden Berechtigungen.',
    },
    C0120E: {
      headline:
        'Etwas, worauf sich dies bezieht, wurde nicht gefunden, oder Ihr Konto kann es nicht sehen.',
      next: 'Prüfen Sie die verwendeten IDs und ob Ihr Konto auf diese Elemente Zugriff hat.',
    },
    C0121E: {
      headline: 'Ein Wert, der eindeutig sein muss, wird bereits verwendet.',
      next: 'Wählen Sie einen anderen Wert und versuchen Sie es erneut.',
    },
    C0122E: {
      headline: 'Eine Zahl darf hier nicht negativ sein.',
      next: 'Geben Sie null oder eine positive Zahl ein und versuchen Sie es erneut.',
    },
    C0140E: {
      headline: 'Einige erforderliche Werte fehlen.',
      next: 'Füllen Sie alle Pflichtfelder aus und versuchen Sie es erneut.',
    },
    C0141E: {
      headline: 'Ein Text ist länger als erlaubt.',
      next: 'Kürzen Sie den Text und versuchen Sie es erneut.',
    },
    S0001E: {
      headline: 'Beim Dienst fehlt eine Berechtigungseinstellung.',
      next: 'Wenden Sie sich an den Support, damit die fehlende Berechtigungseinstellung ergänzt wird.',
    },
    InvalidInput: {
      next: 'Prüfen Sie die Angaben. Wenn sie stimmen, lassen Sie die Einrichtung Ihres Kontos von der Administration prüfen.',
    },
    NotNull: {
      headline: 'Ein erforderlicher Wert fehlt.',
      next: 'Füllen Sie alle Pflichtfelder aus und versuchen Sie es erneut.',
    },
    FAILED: {
      headline: 'Die Aktion ist eingegangen, aber ihre Verarbeitung ist gescheitert.',
      next: 'Prüfen Sie den aktuellen Stand des Elements. Wenn er sich nicht geändert hat, wenden Sie sich mit der Referenz an den Support.',
    },
    NO_MATCH: {
      headline: 'Für diese Aktion an diesem Element ist nichts eingerichtet.',
      next: 'Prüfen Sie das Element und seinen Status. Wenn beides stimmt, wenden Sie sich mit der Referenz an den Support.',
    },
    invalid_grant: {
      headline: 'Ihre Anmeldung konnte nicht bestätigt werden.',
      next: 'Melden Sie sich mit Benutzername und Passwort erneut an.',
    },
    invalid_token: {
      headline: 'Ihre Sitzung wurde beendet.',
      next: 'Melden Sie sich erneut an, um fortzufahren.',
    },
    unauthorized: {
      next: 'Melden Sie sich erneut an, um fortzufahren.',
    },
    bad_request: {
      next: 'Korrigieren Sie die Angaben und versuchen Sie es erneut.',
    },
    forbidden: {
      next: 'Lassen Sie von der Administration prüfen, ob Ihr Konto darauf Zugriff hat.',
    },
    card_declined: {
      headline: 'Die Karte wurde nicht akzeptiert.',
      next: 'Prüfen Sie die Kartendaten oder verwenden Sie eine andere Karte, und versuchen Sie es erneut.',
    },
    credit_card_check: {
      headline: 'Die Karte konnte nicht überprüft werden.',
      next: 'Prüfen Sie die Kartendaten und ob die Karte noch aktiv ist, und versuchen Sie es erneut.',
    },
    not_found: {
      next: 'Prüfen Sie die verwendete ID und ob das Element noch existiert.',
    },
    not_allowed: {
      headline: 'Diese Aktion ist für dieses Element nicht verfügbar.',
      next: 'Laden Sie die Seite neu. Wenden Sie sich an den Support, wenn es weiterhin auftritt.',
    },
    not_acceptable: {
      headline: 'Der Dienst konnte das nicht annehmen.',
      next: 'Ein neuer Versuch hilft nicht. Wenden Sie sich mit der Referenz an den Support.',
    },
    request_timeout: {
      next: 'Versuchen Sie es gleich noch einmal. Wenden Sie sich mit der Referenz an den Support, wenn es weiterhin auftritt.',
    },
    conflict: {
      next: 'Laden Sie neu, um den aktuellen Stand zu sehen, und prüfen Sie, ob Ihre Änderung noch dazu passt.',
    },
    payload_too_large: {
      next: 'Senden Sie weniger auf einmal, zum Beispiel weniger oder kleinere Dateien.',
    },
    too_many_requests: {
      next: 'Warten Sie einen Moment und versuchen Sie es erneut. Wenden Sie sich an den Support, wenn es weiterhin auftritt.',
    },
    token_required: {
      headline: 'Sie sind nicht angemeldet.',
      next: 'Melden Sie sich an und versuchen Sie es erneut.',
    },
    server_error: {
      next: 'Versuchen Sie es gleich noch einmal. Wenden Sie sich mit der Referenz an den Support, wenn es weiterhin auftritt.',
    },
    sql_multiple_results_found: {
      headline: 'Der Dienst hat mehrere Treffer gefunden, wo er nur einen erwartet hat.',
      next: 'Prüfen Sie Ihre Eingaben. Wenn sie stimmen, wenden Sie sich mit der Referenz an den Support.',
    },
    missing_defaul_value: {
      headline: 'Dem Dienst fehlt dafür eine Standardeinstellung.',
      next: 'Prüfen Sie Ihre Eingaben. Wenden Sie sich mit der Referenz an den Support, wenn es weiterhin auftritt.',
    },
    bad_gateway: {
      next: 'Versuchen Sie es gleich noch einmal. Wenden Sie sich mit der Referenz an den Support, wenn es weiterhin auftritt.',
    },
    service_unavailable: {
      next: 'Versuchen Sie es gleich noch einmal. Wenden Sie sich mit der Referenz an den Support, wenn es weiterhin auftritt.',
    },
    gateway_timeout: {
      next: 'Versuchen Sie es gleich noch einmal. Wenden Sie sich mit der Referenz an den Support, wenn es weiterhin auftritt.',
    },
    no_available_licenses: {
      headline: 'Dafür ist keine Lizenz frei.',
      next: 'Lassen Sie von der Administration eine Lizenz freigeben oder hinzufügen.',
    },
    no_retailer: {
      headline: 'Ihr Konto ist keinem Händler zugeordnet.',
      next: 'Lassen Sie Ihr Konto von der Administration einem Händler zuordnen und melden Sie sich dann erneut an.',
    },
    method_not_supported: {
      headline: 'Der Dienst unterstützt diese Aktion hier nicht.',
      next: 'Wenden Sie sich mit der Referenz an den Support. Ein neuer Versuch hilft nicht.',
    },
    concurrency_limit: {
      headline: 'Zu viele Aktionen laufen gleichzeitig.',
      next: 'Warten Sie einen Moment und versuchen Sie es dann erneut.',
    },
    user_concurrency_limit: {
      headline: 'Bei Ihnen laufen zu viele Aktionen gleichzeitig.',
      next: 'Warten Sie, bis einige davon fertig sind, und versuchen Sie es dann erneut.',
    },
    tenant_concurrency_limit: {
      headline: 'In Ihrer Organisation laufen zu viele Aktionen gleichzeitig.',
      next: 'Warten Sie einen Moment und versuchen Sie es erneut. Wenn das oft passiert, fragen Sie den Support nach höheren Limits.',
    },
    token_bucket_exhausted: {
      headline: 'Das Limit ist für den Moment erreicht.',
      next: 'Warten Sie einige Sekunden und versuchen Sie es dann erneut.',
    },
    batch_concurrency_limit: {
      headline: 'Zu viele Batch-Jobs laufen gleichzeitig.',
      next: 'Warten Sie, bis einer davon fertig ist, und starten Sie diesen dann erneut.',
    },
  },

  actions: {
    retry: 'Erneut versuchen',
    retrying: 'Wird erneut versucht …',
    retryIn_one: 'Erneut versuchen in {{count}} Sekunde',
    retryIn_other: 'Erneut versuchen in {{count}} Sekunden',
    retryInMinutes_one: 'Erneut versuchen in {{count}} Minute',
    retryInMinutes_other: 'Erneut versuchen in {{count}} Minuten',
    retryInHours_one: 'Erneut versuchen in {{count}} Stunde',
    retryInHours_other: 'Erneut versuchen in {{count}} Stunden',
    cancel: 'Abbrechen',
    signIn: 'Anmelden',
    refreshSession: 'Erneut anmelden',
    reload: 'Neu laden',
    contactSupport: 'Support kontaktieren',
    copy: 'Kopieren',
    copied: 'Kopiert',
    dismiss: 'Schließen',
    showMore: 'Mehr anzeigen',
    showLess: 'Weniger anzeigen',
  },

  confirm: {
    title: 'Änderung erneut versuchen?',
    body: 'Prüfen Sie zuerst den Verlauf. Versuchen Sie es nur erneut, wenn die Änderung nicht gespeichert wurde.',
    bodyCritical:
      'Wenn Sie diese Änderung wiederholen, wird sie womöglich doppelt ausgeführt. Prüfen Sie zuerst den Verlauf und versuchen Sie es nur erneut, wenn sie dort nicht steht.',
    titleUnknown: 'Erneut versuchen?',
    bodyUnknown:
      'Wenn es eine Änderung war, prüfen Sie, ob sie gespeichert wurde, bevor Sie es erneut versuchen.',
    confirm: 'Ja, erneut versuchen',
    cancel: 'Abbrechen',
  },

  reference: {
    label: 'Referenz',
    copy: 'Referenz kopieren',
    copied: 'Referenz kopiert',
  },

  banner: {
    separator: ': ',
    detail: 'Meldung des Dienstes',
    detailFrom: 'Meldung von {{vendor}}',
    actions: 'Was Sie tun können',
  },

  vendors: {
    fluent: 'Fluent Commerce',
    ormuco: 'Ormuco',
    omilia: 'Omilia',
    omnium: 'Omnium',
    omnivalvms: 'OmniValVMS',
  },

  fields: {
    heading: 'Prüfen Sie diese Felder',
    general: 'Allgemein',
  },

  retry: {
    waiting_one: 'Neuer Versuch in {{count}} Sekunde',
    waiting_other: 'Neuer Versuch in {{count}} Sekunden',
    waitingMinutes_one: 'Neuer Versuch in {{count}} Minute',
    waitingMinutes_other: 'Neuer Versuch in {{count}} Minuten',
    waitingHours_one: 'Neuer Versuch in {{count}} Stunde',
    waitingHours_other: 'Neuer Versuch in {{count}} Stunden',
    running: 'Wird erneut versucht …',
    offline: 'Warten auf die Verbindung',
    ready: 'Sie können es jetzt erneut versuchen.',
    succeeded: 'Der erneute Versuch war erfolgreich.',
    failed: 'Dieser Versuch war nicht erfolgreich.',
    exhausted_one: 'Nach {{count}} Versuch immer noch ohne Erfolg. Wenden Sie sich an den Support.',
    exhausted_other:
      'Nach {{count}} Versuchen immer noch ohne Erfolg. Wenden Sie sich an den Support.',
    notAllowed: {
      retry: 'Das kann gerade nicht erneut versucht werden.',
      'refresh-session': 'Melden Sie sich zuerst erneut an und versuchen Sie es dann noch einmal.',
      'sign-in': 'Melden Sie sich zuerst an und versuchen Sie es dann erneut.',
      'fix-input': 'Korrigieren Sie zuerst die Angaben. Unverändert würde es wieder scheitern.',
      reload: 'Laden Sie zuerst neu, um den aktuellen Stand zu sehen.',
      'check-access': 'Ein neuer Versuch hilft erst, wenn sich Ihre Zugriffsrechte ändern.',
      'verify-reference':
        'Prüfen Sie zuerst die verwendete ID. Unverändert würde es wieder scheitern.',
      'contact-support': 'Ein neuer Versuch hilft nicht. Wenden Sie sich an den Support.',
      none: 'Das kann nicht erneut versucht werden.',
      critical:
        'Diese Änderung wird von hier aus nicht wiederholt, damit sie nicht doppelt ausgeführt wird.',
    },
  },

  severity: {
    error: 'Fehler',
    warning: 'Warnung',
  },

  support: {
    title: 'Angaben für den Support',
    progress: '{{gathered}} von {{total}} erfasst',
    gathered: 'Erfasst',
    missing: 'Fehlt',
    previewTitle: 'Was Sie senden',
    attachHint:
      'Fügen Sie beim Senden nach Möglichkeit einen Screenshot dessen bei, was Sie gesehen haben.',
    copyText: 'Als Text kopieren',
    copyMarkdown: 'Als Markdown kopieren',
    copyJson: 'Als JSON kopieren',
    format: 'Format',
    formats: {
      text: 'Text',
      markdown: 'Markdown',
      json: 'JSON',
    },
    formTitle: 'Ergänzen Sie, was fehlt',
    formTitleComplete: 'Prüfen Sie die Angaben',
    copyFailed:
      'Das Kopieren hat nicht funktioniert. Markieren Sie die Vorschau und kopieren Sie sie von dort.',
    sendEmail: 'E-Mail an den Support',
    emailShortened:
      'Der Rest passte nicht in diese E-Mail. Er wurde kopiert: Fügen Sie ihn hier ein.',
    openSite: 'Support-Seite öffnen',
    call: '{{phone}} anrufen',
    emailSubject: 'Supportanfrage: {{headline}}',
    fields: {
      client: 'Kunde / Mandant',
      clientId: 'Kunden-ID',
      tenant: 'Mandant',
      environment: 'Umgebung',
      ids: 'Zugehörige IDs',
      user: 'Benutzer',
      occurredAt: 'Zeitpunkt',
      endpoint: 'Endpunkt',
      operation: 'Vorgang',
      status: 'Status',
      message: 'Meldung',
      retries: 'Wiederholungen',
      history: 'Was der Verlauf zeigt',
      errorId: 'Referenz',
      description: 'Was Sie gerade getan haben',
      steps: 'Schritte zum Nachvollziehen',
      vendor: 'Dienst',
      code: 'Code',
    },
    hints: {
      description: 'Was wollten Sie tun, und was ist stattdessen passiert?',
      steps: 'Ein Schritt pro Zeile.',
      history: 'Zum Beispiel: Der Bestellverlauf zeigt keine Zahlung.',
      ids: 'Zum Beispiel: Bestellung 17.',
    },
    required: {
      clientId: 'Geben Sie die Kunden-ID an',
      tenant: 'Geben Sie den Mandanten an',
      environment: 'Geben Sie die Umgebung an',
      ids: 'Geben Sie die IDs der betroffenen Elemente an',
      user: 'Geben Sie an, wer die Aktion ausgeführt hat',
      history: 'Geben Sie an, was der Verlauf zeigt',
      description: 'Beschreiben Sie, was Sie gerade getan haben',
      steps: 'Nennen Sie die Schritte, die zum Problem führen',
      retries: 'Geben Sie an, wie oft Sie es erneut versucht haben, oder 0',
      generic: 'Füllen Sie dieses Feld aus',
    },
  },
} satisfies Translation<Catalog>;
