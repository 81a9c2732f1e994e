/**
 * Vocabulary of the synthetic corpus: French names and phrases of the kind a
 * regional news archive holds. Names are invented (or common place and
 * country names); nothing here contains `"`, `[`, `]`, `*`, `_` or `#`, so the
 * generated sentences are plain Markdown text that quotes can match exactly.
 */

export const FIRST_NAMES = [
  "Abdoulaye", "Aminata", "Moussa", "Fatoumata", "Ibrahim", "Mariam", "Oumar", "Awa", "Sékou", "Kadiatou",
  "Boubacar", "Hawa", "Souleymane", "Aïcha", "Mamadou", "Ramatou", "Issa", "Salimata", "Yacouba", "Djénéba",
  "Hamidou", "Rokia", "Adama", "Néné", "Cheick", "Assétou", "Lassina", "Oumou", "Tiémoko", "Bintou",
  "Serge", "Hélène", "Jérôme", "Célestine", "François", "Agnès", "Rémi", "Léa", "Étienne", "Noémie",
] as const;

export const LAST_NAMES = [
  "Traoré", "Diallo", "Koné", "Sangaré", "Maïga", "Coulibaly", "Ouédraogo", "Diarra", "Touré", "Sawadogo",
  "Kaboré", "Cissé", "Keïta", "Sidibé", "Zongo", "Bamba", "Kéita", "Dembélé", "Ouattara", "Haïdara",
  "Camara", "Sylla", "Konaté", "Doumbia", "Niang", "Sow", "Barry", "Bah", "Tall", "Fofana",
  "Lefèvre", "Mercier", "Bérenger", "Durand", "Moreau", "Gérard", "Lemaître", "Chevalier", "Rousseau", "Boyer",
] as const;

/** Countries with the preposition used before them ("au Mali", "en Guinée"). */
export const COUNTRIES: readonly { name: string; to: string; alias?: string }[] = [
  { name: "Mali", to: "au" }, { name: "Burkina Faso", to: "au" }, { name: "Niger", to: "au" },
  { name: "Sénégal", to: "au", alias: "Senegal" }, { name: "Côte d’Ivoire", to: "en", alias: "Cote d'Ivoire" },
  { name: "Guinée", to: "en", alias: "Guinea" }, { name: "Tchad", to: "au", alias: "Chad" }, { name: "Mauritanie", to: "en" },
  { name: "Ghana", to: "au" }, { name: "Togo", to: "au" }, { name: "Bénin", to: "au", alias: "Benin" }, { name: "Nigeria", to: "au" },
  { name: "Cameroun", to: "au", alias: "Cameroon" }, { name: "Gabon", to: "au" }, { name: "Congo", to: "au" },
  { name: "Algérie", to: "en", alias: "Algeria" }, { name: "Maroc", to: "au", alias: "Morocco" }, { name: "Tunisie", to: "en" },
  { name: "Égypte", to: "en", alias: "Egypt" }, { name: "Éthiopie", to: "en", alias: "Ethiopia" }, { name: "Kenya", to: "au" },
  { name: "Rwanda", to: "au" }, { name: "Angola", to: "en" }, { name: "Afrique du Sud", to: "en", alias: "South Africa" },
  { name: "France", to: "en" }, { name: "Russie", to: "en", alias: "Russia" }, { name: "Chine", to: "en", alias: "China" },
  { name: "Turquie", to: "en", alias: "Turkey" }, { name: "Inde", to: "en", alias: "India" }, { name: "Brésil", to: "au", alias: "Brazil" },
  { name: "Allemagne", to: "en", alias: "Germany" }, { name: "Italie", to: "en", alias: "Italy" }, { name: "Espagne", to: "en", alias: "Spain" },
  { name: "Japon", to: "au", alias: "Japan" }, { name: "Iran", to: "en" }, { name: "Qatar", to: "au" },
  { name: "Émirats arabes unis", to: "aux", alias: "EAU" }, { name: "Arabie saoudite", to: "en" }, { name: "Canada", to: "au" },
  { name: "Belgique", to: "en", alias: "Belgium" },
];

export const CITIES: readonly { name: string; alias?: string }[] = [
  { name: "Bamako" }, { name: "Ouagadougou", alias: "Ouaga" }, { name: "Niamey" }, { name: "Dakar" }, { name: "Abidjan" },
  { name: "Conakry" }, { name: "N’Djamena", alias: "Ndjamena" }, { name: "Nouakchott" }, { name: "Accra" }, { name: "Lomé", alias: "Lome" },
  { name: "Cotonou" }, { name: "Abuja" }, { name: "Yaoundé", alias: "Yaounde" }, { name: "Libreville" }, { name: "Brazzaville" },
  { name: "Alger", alias: "Algiers" }, { name: "Rabat" }, { name: "Tunis" }, { name: "Le Caire", alias: "Cairo" }, { name: "Addis-Abeba", alias: "Addis Ababa" },
  { name: "Nairobi" }, { name: "Kigali" }, { name: "Luanda" }, { name: "Pretoria" }, { name: "Paris" },
  { name: "Moscou", alias: "Moscow" }, { name: "Pékin", alias: "Beijing" }, { name: "Ankara" }, { name: "New Delhi" }, { name: "Brasilia" },
  { name: "Berlin" }, { name: "Rome" }, { name: "Madrid" }, { name: "Tokyo" }, { name: "Téhéran", alias: "Tehran" },
  { name: "Doha" }, { name: "Abou Dhabi", alias: "Abu Dhabi" }, { name: "Riyad", alias: "Riyadh" }, { name: "Ottawa" }, { name: "Bruxelles", alias: "Brussels" },
  { name: "Sikasso" }, { name: "Kayes" }, { name: "Mopti" }, { name: "Tombouctou", alias: "Timbuktu" }, { name: "Gao" },
  { name: "Bobo-Dioulasso", alias: "Bobo" }, { name: "Koudougou" }, { name: "Zinder" }, { name: "Maradi" }, { name: "Agadez" },
  { name: "Saint-Louis" }, { name: "Thiès", alias: "Thies" }, { name: "Bouaké", alias: "Bouake" }, { name: "Kankan" }, { name: "Kumasi" },
  { name: "Genève", alias: "Geneva" }, { name: "New York" }, { name: "Sotchi", alias: "Sochi" }, { name: "Saint-Pétersbourg", alias: "Saint Petersburg" }, { name: "Istanbul" },
];

/** Buildings and sites, attached to a city ("Palais des congrès de Bamako"). */
export const SITES: readonly { name: string; at: string }[] = [
  { name: "Palais des congrès", at: "au" }, { name: "Centre international de conférences", at: "au" },
  { name: "Palais présidentiel", at: "au" }, { name: "Hôtel de ville", at: "à l’" }, { name: "Maison de la presse", at: "à la" },
  { name: "Stade municipal", at: "au" }, { name: "Université", at: "à l’" }, { name: "Chambre de commerce", at: "à la" },
];

export const TOPICS = [
  "Diplomatie", "Sécurité", "Défense", "Économie", "Humanitaire", "Formation", "Énergie", "Agriculture",
  "Santé", "Éducation", "Mines", "Transports", "Commerce", "Justice", "Élections", "Médias",
  "Environnement", "Eau", "Culture", "Sport", "Migrations", "Numérique", "Finances publiques", "Infrastructures",
] as const;

/** Lower-case phrase for each topic, used inside sentences. */
export const TOPIC_PHRASES: Record<string, string> = {
  Diplomatie: "la coopération diplomatique", Sécurité: "la situation sécuritaire", Défense: "la coopération militaire",
  Économie: "les échanges économiques", Humanitaire: "l’assistance humanitaire", Formation: "la formation des cadres",
  Énergie: "l’approvisionnement en énergie", Agriculture: "la campagne agricole", Santé: "l’accès aux soins",
  Éducation: "la rentrée scolaire", Mines: "l’exploitation minière", Transports: "les corridors de transport",
  Commerce: "les échanges commerciaux", Justice: "la réforme de la justice", Élections: "le calendrier électoral",
  Médias: "la liberté de la presse", Environnement: "la lutte contre la désertification", Eau: "l’accès à l’eau potable",
  Culture: "le patrimoine culturel", Sport: "l’organisation des compétitions", Migrations: "la gestion des migrations",
  Numérique: "la transformation numérique", "Finances publiques": "l’exécution du budget", Infrastructures: "les grands chantiers",
};

/** Organisation name parts: a kind of body, then what it is about. */
export const ORG_KINDS = ["Union", "Agence", "Conseil", "Office", "Fédération", "Autorité", "Commission", "Association", "Fonds", "Observatoire"] as const;
export const ORG_ALT_KINDS: Record<string, string[]> = {
  Union: ["Communauté", "Alliance"], Agence: ["Office", "Direction"], Conseil: ["Comité", "Haut Conseil"],
  Office: ["Agence", "Société"], Fédération: ["Confédération", "Union"], Autorité: ["Agence", "Haute Autorité"],
  Commission: ["Comité", "Conseil"], Association: ["Réseau", "Collectif"], Fonds: ["Caisse", "Banque"], Observatoire: ["Centre", "Institut"],
};
export const ORG_DOMAINS = [
  "économique", "des États", "pour la sécurité", "des producteurs", "de développement", "pour l’énergie", "des transports",
  "de régulation", "des droits humains", "pour l’eau", "des journalistes", "pour la santé", "de la jeunesse", "des éleveurs",
  "pour le commerce", "des douanes", "de la microfinance", "pour l’éducation",
] as const;
export const ORG_REGIONS = [
  "du Sahel", "ouest-africaine", "africaine", "du bassin du Niger", "de l’Afrique de l’Ouest", "sahélo-saharienne",
  "du Liptako-Gourma", "du golfe de Guinée", "de la zone franc", "continentale", "régionale", "nationale",
] as const;

export const ROLES = [
  "ministre des Affaires étrangères", "ministre de la Défense", "ministre de l’Économie", "Premier ministre", "porte-parole du gouvernement",
  "ambassadeur", "président de la commission", "secrétaire général", "gouverneur", "maire", "chef d’état-major", "directeur général",
  "ministre de la Santé", "ministre des Mines", "conseiller spécial", "président de l’assemblée",
] as const;

export const OUTLETS = [
  "Le Quotidien du Sahel", "Sahel Matin", "L’Observateur continental", "Agence sahélienne de presse", "La Voix du Niger",
  "Bamako Hebdo", "Le Courrier de Ouaga", "Info Sahel", "Afrique Actu", "Le Républicain du Fleuve",
  "Radio Kayira Info", "Le Messager de l’Ouest", "Diplomatie Afrique", "Horizon Sahel", "La Tribune des Peuples",
] as const;

export const EVENT_KINDS = ["meeting", "visit", "agreement", "conference", "statement", "council", "summit", "announcement"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * How sources describe what happened (third person, past), by kind of event;
 * `{a}`, `{b}`, `{ofa}` ("de X", "du Conseil…") and `{topic}` are filled in.
 */
export const CLAUSES: Record<EventKind, readonly string[]> = {
  meeting: ["{a} a rencontré {b} pour évoquer {topic}", "{a} et {b} se sont entretenus sur {topic}", "{a} a reçu {b} en audience au sujet de {topic}"],
  visit: ["{a} a effectué une visite officielle consacrée à {topic}", "{a} a effectué un déplacement pour faire le point sur {topic}", "une délégation conduite par {a} est arrivée pour discuter de {topic}"],
  agreement: ["{a} et {b} ont signé un accord portant sur {topic}", "un protocole d’accord sur {topic} a été paraphé par {a} et {b}", "{a} a conclu avec {b} une convention relative à {topic}"],
  conference: ["une conférence consacrée à {topic} a réuni {a} et {b}", "{a} a ouvert les travaux d’un forum sur {topic}", "des experts réunis autour {ofa} ont débattu de {topic}"],
  statement: ["{a} a fait une déclaration sur {topic}", "{a} a publié un communiqué relatif à {topic}", "{a} a pris la parole pour s’exprimer sur {topic}"],
  council: ["le Conseil des ministres a examiné un rapport {ofa} sur {topic}", "le gouvernement a adopté, sur proposition {ofa}, un projet relatif à {topic}", "un conseil extraordinaire présidé par {a} s’est penché sur {topic}"],
  summit: ["un sommet réunissant {a} et {b} s’est tenu autour de {topic}", "les dirigeants, dont {a} et {b}, ont tenu un sommet consacré à {topic}", "{a} a accueilli un sommet de haut niveau sur {topic}"],
  announcement: ["{a} a annoncé une nouvelle initiative concernant {topic}", "{a} a dévoilé un calendrier pour {topic}", "{a} a confirmé la prochaine étape concernant {topic}"],
};

/** Title patterns by kind of event. */
export const TITLES: Record<EventKind, readonly string[]> = {
  meeting: ["Rencontre entre {a} et {b}", "Entretien entre {a} et {b}", "Audience accordée par {a}"],
  visit: ["Visite {ofa}", "Visite officielle {ofa}", "Déplacement {ofa}"],
  agreement: ["Accord entre {a} et {b} sur {topic}", "Signature d’un protocole sur {topic}", "Convention entre {a} et {b}"],
  conference: ["Conférence sur {topic}", "Forum consacré à {topic}", "Rencontre d’experts sur {topic}"],
  statement: ["Déclaration {ofa} sur {topic}", "Communiqué {ofa}", "Prise de parole {ofa}"],
  council: ["Conseil des ministres consacré à {topic}", "Conseil des ministres : rapport {ofa}", "Conseil extraordinaire sur {topic}"],
  summit: ["Sommet entre {a} et {b}", "Sommet sur {topic}", "Sommet de haut niveau accueilli par {a}"],
  announcement: ["Annonce {ofa} sur {topic}", "Calendrier annoncé par {a}", "Nouvelle étape annoncée par {a}"],
};

/** What speakers said: `{topic}` and `{of}` (a country: "du Mali") are filled in. */
export const STATEMENTS = [
  "les discussions avaient permis des avancées concrètes sur {topic}",
  "un mécanisme de suivi serait mis en place avant la fin de l’année",
  "la coopération avec les autorités {of} entrait dans une nouvelle phase",
  "les engagements pris seraient tenus dans les délais annoncés",
  "{topic} restait la priorité des autorités",
  "des moyens supplémentaires seraient consacrés à {topic}",
  "une nouvelle session de travail se tiendrait dans les prochains mois",
  "le dialogue avec les autorités {of} devait se poursuivre sans préalable",
  "les populations concernées seraient associées aux décisions",
  "aucune décision définitive n’avait encore été prise",
  "un rapport détaillé serait remis au gouvernement",
  "les partenaires avaient réaffirmé leur soutien aux autorités {of}",
] as const;

export const SPEECH_VERBS = ["a déclaré que", "a assuré que", "a indiqué que", "a souligné que", "a estimé que", "a précisé que", "a rappelé que"] as const;

/** Background sentences: plain context, never quoted. */
export const BACKGROUND = [
  "Cette rencontre intervient dans un contexte régional marqué par de fortes attentes.",
  "Plusieurs observateurs y voient le signe d’un rapprochement durable.",
  "Les détails de l’accord n’ont pas été rendus publics.",
  "La presse locale a largement relayé l’événement.",
  "Des représentants de la société civile étaient également présents.",
  "Le dossier était suivi de près par les partenaires techniques et financiers.",
  "Les travaux se sont déroulés à huis clos.",
  "Un communiqué final a été lu à l’issue des échanges.",
  "La question avait déjà été abordée lors d’une précédente session.",
  "Les services concernés ont été chargés de la mise en œuvre des recommandations.",
] as const;

/** Editors' paraphrases, the first words of an event body. */
export const EDITOR_OPENINGS = [
  "Selon les comptes rendus disponibles,",
  "D’après la presse,",
  "Les articles consultés rapportent que",
  "Les sources concordent sur l’essentiel :",
  "Il ressort des articles que",
] as const;

export const HEADINGS = [
  "Un contexte particulier", "Les enjeux", "Ce qu’il faut retenir", "Les réactions", "Les prochaines étapes",
  "Un dossier suivi de près", "Les points abordés", "Une coopération renforcée",
] as const;

export const LIST_ITEMS = [
  "le renforcement des capacités des services concernés ;", "la mobilisation des financements nécessaires ;",
  "la mise en place d’un comité de suivi ;", "l’harmonisation des textes en vigueur ;",
  "la tenue d’une réunion d’évaluation dans six mois ;", "la participation des collectivités locales ;",
  "le partage d’informations entre les administrations ;", "la formation du personnel technique.",
] as const;

export const MONTHS = [
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
] as const;
