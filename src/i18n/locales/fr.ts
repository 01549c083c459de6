import type { Catalog } from './en.js';
import type { Translation } from '../catalog.js';

/**
 * Français (vouvoiement). Plural forms: one (0 and 1), many (millions: « 1 000 000 de
 * secondes »), other. Espaces insécables avant « : », « ; » et « ? ».
 */
export const fr = {
  kinds: {
    validation: {
      headline: 'Certaines informations n’ont pas été acceptées.',
      next: 'Corrigez les informations saisies, puis réessayez.',
      read: {
        headline: 'Impossible de charger ces données avec les informations fournies.',
        next: 'Modifiez la recherche ou les filtres, puis réessayez.',
      },
      write: {
        headline:
          'La modification n’a pas été enregistrée : certaines informations sont à corriger.',
        next: 'Corrigez les informations saisies, puis enregistrez de nouveau.',
      },
    },
    unauthenticated: {
      headline: 'Votre session a expiré.',
      next: 'Reconnectez-vous pour continuer.',
      critical: {
        next: 'Connectez-vous, puis consultez l’historique avant de refaire la modification.',
      },
      refreshFailed: {
        headline: 'Votre session n’est plus active.',
        next: 'Reconnectez-vous pour continuer.',
      },
    },
    forbidden: {
      headline: 'Votre compte n’a pas accès à cet élément.',
      next: 'Demandez à un administrateur de vérifier votre rôle et vos accès.',
      write: {
        headline: 'Votre compte n’est pas autorisé à faire cette modification.',
      },
    },
    not_found: {
      headline: 'Cet élément est introuvable.',
      next: 'Vérifiez l’identifiant utilisé ; l’élément a peut-être été déplacé ou supprimé.',
      write: {
        headline: 'L’élément que vous modifiez est introuvable.',
        next: 'Rechargez pour voir s’il existe encore, puis vérifiez l’identifiant utilisé.',
      },
    },
    conflict: {
      headline: 'Cet élément a changé depuis que vous l’avez ouvert.',
      next: 'Rechargez pour voir son état actuel, puis décidez de la suite.',
      write: {
        headline:
          'La modification n’a pas été enregistrée, car elle entre en conflit avec une autre modification.',
        next: 'Rechargez et consultez l’historique, puis refaites la modification seulement si elle est encore nécessaire.',
      },
    },
    payload_too_large: {
      headline: 'C’est trop volumineux pour être envoyé.',
      next: 'Réduisez la taille, par exemple avec moins de fichiers ou des fichiers plus petits, puis réessayez.',
      write: {
        headline: 'La modification n’a pas été enregistrée, car elle est trop volumineuse.',
      },
    },
    rate_limited: {
      headline: 'Il y a eu trop de tentatives en peu de temps.',
      next: 'Attendez un instant, puis réessayez.',
      critical: {
        next: 'Attendez un instant, puis rechargez. Refaites la modification uniquement si elle ne figure pas dans l’historique.',
      },
    },
    request_failed: {
      headline: 'Les informations ont été acceptées, mais l’action n’a pas pu aboutir.',
      next: 'Réessayer ne servira à rien. Contactez le support.',
      write: {
        headline: 'Les informations ont été acceptées, mais la modification n’a pas pu aboutir.',
      },
      critical: {
        headline: 'La modification n’a pas abouti.',
        next: 'Consultez l’historique et vérifiez les informations, puis réessayez seulement si rien n’a été enregistré. Sinon, contactez le support.',
      },
    },
    timeout: {
      headline: 'Le service a mis trop de temps à répondre.',
      next: 'Réessayez dans un instant.',
      read: {
        headline: 'Le chargement a pris trop de temps.',
      },
      write: {
        headline:
          'Le service a mis trop de temps à répondre : la modification n’a peut-être pas été enregistrée.',
        next: 'Vérifiez si la modification a été enregistrée avant de réessayer.',
      },
    },
    unavailable: {
      headline: 'Le service est temporairement indisponible.',
      next: 'Réessayez dans un instant.',
      write: {
        headline:
          'Le service est temporairement indisponible : la modification n’a peut-être pas été enregistrée.',
        next: 'Vérifiez si la modification a été enregistrée avant de réessayer.',
      },
    },
    server: {
      headline: 'Le service a rencontré un problème.',
      next: 'Réessayez dans un instant. Si le problème persiste, contactez le support.',
      read: {
        headline: 'Le service a rencontré un problème et n’a pas pu charger ces données.',
      },
      write: {
        headline:
          'Le service a rencontré un problème : la modification n’a peut-être pas été enregistrée.',
        next: 'Vérifiez si la modification a été enregistrée avant de réessayer.',
      },
    },
    network: {
      headline: 'Le service est injoignable.',
      next: 'Vérifiez votre connexion Internet, puis réessayez.',
      write: {
        headline: 'La connexion a été perdue : la modification n’a peut-être pas été enregistrée.',
        next: 'Une fois la connexion rétablie, vérifiez si la modification a été enregistrée avant de réessayer.',
      },
    },
    aborted: {
      headline: 'L’action a été interrompue avant la fin.',
      next: 'Réessayez au moment voulu.',
      write: {
        headline:
          'La modification a été interrompue avant la fin et n’a peut-être pas été enregistrée.',
        next: 'Vérifiez si la modification a été enregistrée avant de réessayer.',
      },
    },
    unsupported: {
      headline: 'Cette action n’est pas disponible ici.',
      next: 'Rechargez la page. Si le problème persiste, contactez le support.',
    },
    unknown: {
      headline: 'L’action n’a pas pu aboutir.',
      next: 'Réessayez. Si le problème persiste, contactez le support.',
      write: {
        headline: 'La modification n’a peut-être pas été enregistrée.',
        next: 'Vérifiez si la modification a été enregistrée avant de réessayer.',
      },
    },
  },

  critical: {
    headline: 'La modification n’a peut-être pas été enregistrée.',
    next: 'Rechargez et consultez l’historique. Refaites la modification uniquement si elle n’y figure pas.',
  },

  passedWithWarning: {
    headline: 'C’est fait, mais le service a envoyé un avertissement.',
    next: 'Lisez l’avertissement. Rien n’est à refaire.',
  },

  exhausted: {
    next: 'Les nouvelles tentatives n’ont pas abouti. Contactez le support.',
    write:
      'Les nouvelles tentatives n’ont pas abouti. Vérifiez si la modification a été enregistrée, puis contactez le support.',
  },

  delay: {
    seconds_one: 'Réessayez dans {{count}} seconde.',
    seconds_many: 'Réessayez dans {{count}} de secondes.',
    seconds_other: 'Réessayez dans {{count}} secondes.',
    minutes_one: 'Réessayez dans {{count}} minute.',
    minutes_many: 'Réessayez dans {{count}} de minutes.',
    minutes_other: 'Réessayez dans {{count}} minutes.',
    hours_one: 'Réessayez dans {{count}} heure.',
    hours_many: 'Réessayez dans {{count}} d’heures.',
    hours_other: 'Réessayez dans {{count}} heures.',
    countdown: 'Le bouton indique quand vous pourrez réessayer.',
  },

  codes: {
    C0001E: {
      headline: 'Cela porte sur trop de données à la fois.',
      next: 'Affinez la recherche ou affichez moins d’enregistrements, puis réessayez.',
    },
    C0100E: {
      headline: 'Une date n’a pas le format attendu.',
      next: 'Saisissez la date en UTC, puis réessayez.',
    },
    C0101E: {
      headline: 'Il manque la date de début ou la date de fin de la période.',
      next: 'Ajoutez une date de début, une date de fin ou les deux, puis réessayez.',
    },
    C0020E: {
      headline: 'Il manque à votre rôle certaines des autorisations nécessaires.',
      next: 'Demandez à un administrateur un rôle doté des autorisations manquantes.',
    },
    C0120E: {
      headline:
        'Un élément auquel cela fait référence est introuvable, ou votre compte ne peut pas le voir.',
      next: 'Vérifiez les identifiants utilisés et que votre compte a accès à ces éléments.',
    },
    C0121E: {
      headline: 'Une valeur qui doit être unique est déjà utilisée.',
      next: 'Choisissez une autre valeur, puis réessayez.',
    },
    C0122E: {
      headline: 'Un nombre ne peut pas être négatif ici.',
      next: 'Saisissez zéro ou un nombre positif, puis réessayez.',
    },
    C0140E: {
      headline: 'Certaines valeurs obligatoires manquent.',
      next: 'Remplissez tous les champs obligatoires, puis réessayez.',
    },
    C0141E: {
      headline: 'Un texte dépasse la longueur autorisée.',
      next: 'Raccourcissez le texte, puis réessayez.',
    },
    S0001E: {
      headline: 'Un paramètre d’autorisation manque du côté du service.',
      next: 'Contactez le support pour faire ajouter le paramètre d’autorisation manquant.',
    },
    InvalidInput: {
      next: 'Vérifiez les informations. Si elles semblent correctes, demandez à un administrateur de vérifier la configuration de votre compte.',
    },
    NotNull: {
      headline: 'Une valeur obligatoire manque.',
      next: 'Remplissez tous les champs obligatoires, puis réessayez.',
    },
    FAILED: {
      headline: 'L’action a été reçue, mais son traitement a échoué.',
      next: 'Vérifiez l’état actuel de l’élément. S’il n’a pas changé, contactez le support avec la référence.',
    },
    NO_MATCH: {
      headline: 'Rien n’est prévu pour traiter cette action sur cet élément.',
      next: 'Vérifiez l’élément et son statut. S’ils semblent corrects, contactez le support avec la référence.',
    },
    invalid_grant: {
      headline: 'Vos identifiants n’ont pas pu être confirmés.',
      next: 'Reconnectez-vous avec votre nom d’utilisateur et votre mot de passe.',
    },
    invalid_token: {
      headline: 'Votre session a pris fin.',
      next: 'Reconnectez-vous pour continuer.',
    },
    unauthorized: {
      next: 'Reconnectez-vous pour continuer.',
    },
    bad_request: {
      next: 'Corrigez les informations, puis réessayez.',
    },
    forbidden: {
      next: 'Demandez à un administrateur de vérifier que votre compte y a accès.',
    },
    card_declined: {
      headline: 'La carte n’a pas été acceptée.',
      next: 'Vérifiez les données de la carte ou utilisez une autre carte, puis réessayez.',
    },
    credit_card_check: {
      headline: 'La carte n’a pas pu être vérifiée.',
      next: 'Vérifiez les données de la carte et qu’elle est toujours active, puis réessayez.',
    },
    not_found: {
      next: 'Vérifiez l’identifiant utilisé et que l’élément existe encore.',
    },
    not_allowed: {
      headline: 'Cette action n’est pas disponible pour cet élément.',
      next: 'Rechargez la page. Si le problème persiste, contactez le support.',
    },
    not_acceptable: {
      headline: 'Le service n’a pas pu accepter cet envoi.',
      next: 'Réessayer ne servira à rien. Contactez le support avec la référence.',
    },
    request_timeout: {
      next: 'Réessayez dans un instant. Si le problème persiste, contactez le support avec la référence.',
    },
    conflict: {
      next: 'Rechargez pour voir l’état actuel, puis vérifiez que votre modification y correspond encore.',
    },
    payload_too_large: {
      next: 'Envoyez moins à la fois, par exemple moins de fichiers ou des fichiers plus petits.',
    },
    too_many_requests: {
      next: 'Attendez un instant, puis réessayez. Si le problème persiste, contactez le support.',
    },
    token_required: {
      headline: 'Aucune session n’est ouverte.',
      next: 'Connectez-vous, puis réessayez.',
    },
    server_error: {
      next: 'Réessayez dans un instant. Si le problème persiste, contactez le support avec la référence.',
    },
    sql_multiple_results_found: {
      headline: 'Le service a trouvé plusieurs résultats là où il en attendait un seul.',
      next: 'Vérifiez les informations saisies. Si elles semblent correctes, contactez le support avec la référence.',
    },
    missing_defaul_value: {
      headline: 'Il manque au service un paramètre par défaut pour cela.',
      next: 'Vérifiez les informations saisies. Si le problème persiste, contactez le support avec la référence.',
    },
    bad_gateway: {
      next: 'Réessayez dans un instant. Si le problème persiste, contactez le support avec la référence.',
    },
    service_unavailable: {
      next: 'Réessayez dans un instant. Si le problème persiste, contactez le support avec la référence.',
    },
    gateway_timeout: {
      next: 'Réessayez dans un instant. Si le problème persiste, contactez le support avec la référence.',
    },
    no_available_licenses: {
      headline: 'Aucune licence n’est disponible pour cela.',
      next: 'Demandez à un administrateur de libérer ou d’ajouter une licence.',
    },
    no_retailer: {
      headline: 'Votre compte n’est rattaché à aucun détaillant.',
      next: 'Demandez à un administrateur de rattacher votre compte à un détaillant, puis reconnectez-vous.',
    },
    method_not_supported: {
      headline: 'Le service ne prend pas en charge cette action ici.',
      next: 'Contactez le support avec la référence. Réessayer ne servira à rien.',
    },
    concurrency_limit: {
      headline: 'Trop d’actions sont en cours en même temps.',
      next: 'Attendez un instant, puis réessayez.',
    },
    user_concurrency_limit: {
      headline: 'Vous avez trop d’actions en cours en même temps.',
      next: 'Attendez que certaines se terminent, puis réessayez.',
    },
    tenant_concurrency_limit: {
      headline: 'Votre organisation a trop d’actions en cours en même temps.',
      next: 'Attendez un instant, puis réessayez. Si cela arrive souvent, demandez au support des limites plus élevées.',
    },
    token_bucket_exhausted: {
      headline: 'La limite est atteinte pour le moment.',
      next: 'Attendez quelques secondes, puis réessayez.',
    },
    batch_concurrency_limit: {
      headline: 'Trop de traitements par lots sont en cours en même temps.',
      next: 'Attendez que l’un d’eux se termine, puis relancez celui-ci.',
    },
  },

  actions: {
    retry: 'Réessayer',
    retrying: 'Nouvel essai…',
    retryIn_one: 'Réessayer dans {{count}} seconde',
    retryIn_many: 'Réessayer dans {{count}} de secondes',
    retryIn_other: 'Réessayer dans {{count}} secondes',
    retryInMinutes_one: 'Réessayer dans {{count}} minute',
    retryInMinutes_many: 'Réessayer dans {{count}} de minutes',
    retryInMinutes_other: 'Réessayer dans {{count}} minutes',
    retryInHours_one: 'Réessayer dans {{count}} heure',
    retryInHours_many: 'Réessayer dans {{count}} d’heures',
    retryInHours_other: 'Réessayer dans {{count}} heures',
    cancel: 'Annuler',
    signIn: 'Se connecter',
    refreshSession: 'Se reconnecter',
    reload: 'Recharger',
    contactSupport: 'Contacter le support',
    copy: 'Copier',
    copied: 'Copié',
    dismiss: 'Fermer',
    showMore: 'Afficher plus',
    showLess: 'Afficher moins',
  },

  confirm: {
    title: 'Refaire la modification ?',
    body: 'Consultez d’abord l’historique. Réessayez uniquement si la modification n’a pas été enregistrée.',
    bodyCritical:
      'Refaire cette modification pourrait l’appliquer deux fois. Consultez d’abord l’historique, et réessayez uniquement si elle n’y figure pas.',
    titleUnknown: 'Réessayer ?',
    bodyUnknown:
      'S’il s’agissait d’une modification, vérifiez qu’elle n’a pas été enregistrée avant de réessayer.',
    confirm: 'Oui, réessayer',
    cancel: 'Annuler',
  },

  reference: {
    label: 'Référence',
    copy: 'Copier la référence',
    copied: 'Référence copiée',
  },

  banner: {
    separator: ' : ',
    detail: 'Message du service',
    detailFrom: 'Message de {{vendor}}',
    actions: 'Ce que vous pouvez faire',
  },

  vendors: {
    fluent: 'Fluent Commerce',
    ormuco: 'Ormuco',
    omilia: 'Omilia',
    omnium: 'Omnium',
    omnivalvms: 'OmniValVMS',
  },

  fields: {
    heading: 'Vérifiez ces champs',
    general: 'Général',
  },

  retry: {
    waiting_one: 'Nouvel essai dans {{count}} seconde',
    waiting_many: 'Nouvel essai dans {{count}} de secondes',
    waiting_other: 'Nouvel essai dans {{count}} secondes',
    waitingMinutes_one: 'Nouvel essai dans {{count}} minute',
    waitingMinutes_many: 'Nouvel essai dans {{count}} de minutes',
    waitingMinutes_other: 'Nouvel essai dans {{count}} minutes',
    waitingHours_one: 'Nouvel essai dans {{count}} heure',
    waitingHours_many: 'Nouvel essai dans {{count}} d’heures',
    waitingHours_other: 'Nouvel essai dans {{count}} heures',
    running: 'Nouvel essai…',
    offline: 'En attente de la connexion',
    ready: 'Vous pouvez réessayer maintenant.',
    succeeded: 'Le nouvel essai a réussi.',
    failed: 'Cet essai n’a pas fonctionné.',
    exhausted_one: 'Toujours en échec après {{count}} essai. Contactez le support.',
    exhausted_many: 'Toujours en échec après {{count}} d’essais. Contactez le support.',
    exhausted_other: 'Toujours en échec après {{count}} essais. Contactez le support.',
    notAllowed: {
      retry: 'Impossible de réessayer pour le moment.',
      'refresh-session': 'Reconnectez-vous d’abord, puis réessayez.',
      'sign-in': 'Connectez-vous d’abord, puis réessayez.',
      'fix-input':
        'Corrigez d’abord les informations. Sans changement, cela échouerait de nouveau.',
      reload: 'Rechargez d’abord pour voir l’état actuel.',
      'check-access': 'Réessayer ne servira à rien tant que vos accès n’auront pas changé.',
      'verify-reference':
        'Vérifiez d’abord l’identifiant utilisé. Sans changement, cela échouerait de nouveau.',
      'contact-support': 'Réessayer ne servira à rien. Contactez le support.',
      none: 'Impossible de réessayer.',
      critical:
        'Cette modification n’est pas relancée depuis cet écran, pour qu’elle ne s’applique pas deux fois.',
    },
  },

  severity: {
    error: 'Erreur',
    warning: 'Avertissement',
  },

  support: {
    title: 'Informations pour le support',
    progress: '{{gathered}} sur {{total}} réunies',
    gathered: 'Information réunie',
    missing: 'À compléter',
    previewTitle: 'Ce que vous allez envoyer',
    attachHint: 'Si possible, joignez à l’envoi une capture d’écran de ce que vous avez vu.',
    copyText: 'Copier en texte',
    copyMarkdown: 'Copier en Markdown',
    copyJson: 'Copier en JSON',
    format: 'Format',
    formats: {
      text: 'Texte',
      markdown: 'Markdown',
      json: 'JSON',
    },
    formTitle: 'Ajoutez ce qui manque',
    formTitleComplete: 'Vérifiez les informations',
    copyFailed: 'La copie n’a pas fonctionné. Sélectionnez le contenu de l’aperçu et copiez-le.',
    sendEmail: 'Écrire au support',
    emailShortened: 'La suite ne tenait pas dans cet e-mail. Elle a été copiée : collez-la ici.',
    openSite: 'Ouvrir le site du support',
    call: 'Appeler le {{phone}}',
    emailSubject: 'Demande de support : {{headline}}',
    fields: {
      client: 'Client / locataire',
      clientId: 'ID client',
      tenant: 'Locataire',
      environment: 'Environnement',
      ids: 'ID associés',
      user: 'Utilisateur',
      occurredAt: 'Date et heure',
      endpoint: 'Point de terminaison',
      operation: 'Opération',
      status: 'Statut',
      message: 'Message',
      retries: 'Nouveaux essais',
      history: 'Ce que montre l’historique',
      errorId: 'Référence',
      description: 'Ce que vous faisiez',
      steps: 'Étapes pour reproduire',
      vendor: 'Service',
      code: 'Code',
    },
    hints: {
      description: 'Que vouliez-vous faire, et que s’est-il passé à la place ?',
      steps: 'Une étape par ligne.',
      history: 'Par exemple : l’historique de la commande ne montre aucun paiement.',
      ids: 'Par exemple : commande 17.',
    },
    required: {
      clientId: 'Ajoutez l’ID client',
      tenant: 'Ajoutez le nom du locataire',
      environment: 'Ajoutez l’environnement',
      ids: 'Ajoutez les ID des éléments concernés',
      user: 'Indiquez qui a tenté l’action',
      history: 'Indiquez ce que montre l’historique',
      description: 'Décrivez ce que vous faisiez',
      steps: 'Listez les étapes qui mènent au problème',
      retries: 'Indiquez combien de fois vous avez réessayé, ou 0',
      generic: 'Remplissez ce champ',
    },
  },
} satisfies Translation<Catalog>;
