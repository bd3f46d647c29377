// Access control and navigation. en.access.ts must have exactly the same shape.
export const accessFr = {
  notFound: {
    title: 'Page introuvable',
    text: 'Cette adresse ne mène à aucune page du back-office : elle a peut-être changé, ou l’enregistrement a été supprimé.',
  },
  access: {
    title: 'Accès refusé',
    page: "Votre rôle ne permet pas d'ouvrir cette page.",
    laureateManagerOnly: "Seul le chargé d'accélération de ce lauréat ou un pilote du programme peut le modifier.",
    contactOfAnotherTeam: "Ce contact appartient à l’équipe d’un lauréat que vous n’accompagnez pas.",
    home: "Retour à l'accueil",
    backToLaureate: 'Retour au lauréat',
    byRole: {
      admin: 'En tant qu’administrateur, vous gérez les comptes et les données de référence.',
      programme_lead: 'En tant que pilote du programme, vous consultez et modifiez tout, sauf les comptes.',
      acceleration_manager:
        "En tant que chargé d'accélération, vous consultez tout et modifiez les lauréats que vous accompagnez, avec ce qui s'y rattache.",
      referent: 'En tant que référent, vous consultez les lauréats qui vous sont confiés, sans rien modifier.',
    },
  },
  nav: {
    breadcrumb: 'Vous êtes ici :',
    search: {
      label: 'Recherche globale',
      placeholder: "Rechercher (/ ou Ctrl+K)",
      hint: "Lauréats, contacts, organisations et actions. Raccourci : / ou Ctrl+K. Flèches haut et bas pour parcourir les résultats, Entrée pour ouvrir, Échap pour fermer.",
      results: "Résultats de la recherche",
      searching: "Recherche…",
      none: "Aucun résultat",
      count: "%{smart_count} résultat |||| %{smart_count} résultats",
    },
    myLaureates: 'Mes lauréats',
    groups: {
      accompaniment: 'Accompagnement',
      committees: 'Comités et financements',
      directory: 'Annuaire',
      programme: 'Programme',
      administration: 'Administration',
      impact: 'Impact',
    },
  },
};

export type AccessMessages = typeof accessFr;

/** Adds these messages to a catalogue's `aic` group. */
export const withAccess = <M extends { aic: object }>(messages: M, extra: AccessMessages) => ({
  ...messages,
  aic: { ...messages.aic, ...extra },
});
