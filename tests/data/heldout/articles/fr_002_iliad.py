from labeltool import c, m, p, claim
ID = "fr_002_iliad"
LANG = "fr"
TRANSLATED_FROM = None
N = "\u202f"   # espace fine insécable
B = "\u00a0"   # espace insécable
TEXT = f"""Iliad dépasse les 5 milliards d'euros de chiffre d'affaires semestriel

Le groupe Iliad, maison mère de l'opérateur Free, a publié jeudi un chiffre d'affaires de 5,04 milliards d'euros au premier semestre 2024, en hausse de 6,4{N}% sur un an. Selon Reuters, les analystes attendaient 4,98 milliards.

L'Ebitdaal du groupe a progressé de 9{N}% à 1{N}920 millions d'euros sur la même période, et ses investissements ont atteint 1,4 Md€. Le résultat net part du groupe s'est établi à 301 M€ sur le semestre.

En France, Free a gagné 250{N}000 abonnés mobiles au cours du semestre. Selon l'Arcep, le régulateur des télécoms, Free détenait en 2023 une part de marché de 21{B}% dans le mobile, derrière Orange (38{B}%) et SFR (24{B}%). Bouygues Telecom complétait le classement. Le marché français des télécoms a généré 43,8 milliards d'euros de revenus en 2023, d'après la Fédération française des télécoms.

En Italie, Iliad Italia a vu ses revenus croître de 8,1{N}% à 557 M€ sur le semestre, et la filiale revendique désormais plus de 11 millions d'abonnés. En Pologne, Play a réalisé sur la même période un chiffre d'affaires de 4,1 milliards de zlotys (environ 950 millions d'euros).

Le groupe poursuit par ailleurs sa stratégie européenne. En 2023, Iliad avait pris 19,8{N}% du suédois Tele2 pour 12,3 milliards de couronnes suédoises (environ 1,1 milliard d'euros).

De son côté, Bouygues Telecom a finalisé le rachat de La Poste Telecom pour 950 millions d'euros, une opération qui lui apporte 2,3 millions de clients. La filiale du groupe Bouygues vise un Ebitda compris entre 2,1 et 2,2 milliards d'euros en 2024.

Xavier Niel, fondateur d'Iliad, dont la fortune est estimée à 9,6 milliards de dollars par le magazine Forbes, reste l'actionnaire majoritaire de l'opérateur. Le groupe, qui emploie environ 17{B}700 salariés, ne versera pas de dividende au titre de l'exercice 2024 et entend réduire sa dette nette, aujourd'hui de 10 milliards d'euros.
"""
MENTIONS = [
    c("Iliad", "iliad", key="Iliad@head"),
    m("5 milliards d'euros", "5e9", "EUR"),
    c("Iliad", "iliad", n=2, key="Iliad@1"),
    c("Free", "free", key="Free@1"),
    m("5,04 milliards d'euros", "5.04e9", "EUR"),
    p(f"6,4{N}%", 6.4),
    c("Reuters", "reuters"),
    m("4,98 milliards", "4.98e9", "EUR", inf=True),
    p(f"9{N}%", 9),
    m(f"1{N}920 millions d'euros", "1920e6", "EUR"),
    m("1,4 Md€", "1.4e9", "EUR"),
    m("301 M€", "301e6", "EUR"),
    c("Free", "free", anchor="France, Free", key="Free@2"),
    c("Free", "free", anchor="télécoms, Free", key="Free@3"),
    p(f"21{B}%", 21),
    c("Orange", "orange"),
    p(f"38{B}%", 38),
    c("SFR", "sfr"),
    p(f"24{B}%", 24),
    c("Bouygues Telecom", "bouygues-telecom"),
    m("43,8 milliards d'euros", "43.8e9", "EUR"),
    c("Iliad Italia", "iliad-italia"),
    p(f"8,1{N}%", 8.1),
    m("557 M€", "557e6", "EUR"),
    c("Play", "play"),
    m("4,1 milliards de zlotys", "4.1e9", "PLN"),
    m("950 millions d'euros", "950e6", "EUR"),
    c("Iliad", "iliad", anchor="Iliad avait pris", key="Iliad@tele2"),
    p(f"19,8{N}%", 19.8),
    c("Tele2", "tele2"),
    m("12,3 milliards de couronnes suédoises", "12.3e9", "SEK"),
    m("1,1 milliard d'euros", "1.1e9", "EUR"),
    c("Bouygues Telecom", "bouygues-telecom", n=2, key="BT@2"),
    c("La Poste Telecom", "la-poste-telecom"),
    m("950 millions d'euros", "950e6", "EUR", n=2, key="950#2"),
    c("Bouygues", "bouygues", anchor="groupe Bouygues", key="Bouygues"),
    m("2,1", "2.1e9", "EUR", inf=True, anchor="entre 2,1 et", key="2,1"),
    m("2,2 milliards d'euros", "2.2e9", "EUR"),
    c("Iliad", "iliad", anchor="fondateur d'Iliad", key="Iliad@niel"),
    m("9,6 milliards de dollars", "9.6e9", "USD"),
    c("Forbes", "forbes"),
    m("10 milliards d'euros", "10e9", "EUR"),
]
CLAIMS = [
    claim("Iliad@head", "5 milliards d'euros", "revenue", None, "sentence"),
    claim("Iliad@1", "5,04 milliards d'euros", "revenue", "2024-H1", "sentence"),
    claim("Iliad@1", f"6,4{N}%", "revenue_growth", "2024-H1", "sentence"),
    claim("iliad", f"9{N}%", "profit", "2024-H1", "coref"),
    claim("iliad", f"1{N}920 millions d'euros", "profit", "2024-H1", "coref"),
    claim("iliad", "1,4 Md€", "investment", "2024-H1", "coref"),
    claim("iliad", "301 M€", "profit", "2024-H1", "coref"),
    claim("Free@3", f"21{B}%", "market_share", "2023", "sentence"),
    claim("Orange", f"38{B}%", "market_share", "2023", "sentence"),
    claim("SFR", f"24{B}%", "market_share", "2023", "sentence"),
    claim("Iliad Italia", f"8,1{N}%", "revenue_growth", "2024-H1", "sentence"),
    claim("Iliad Italia", "557 M€", "revenue", "2024-H1", "sentence"),
    claim("Play", "4,1 milliards de zlotys", "revenue", "2024-H1", "sentence", eq=["950 millions d'euros"]),
    claim("Iliad@tele2", f"19,8{N}%", "other", "2023", "sentence"),
    claim("Iliad@tele2", "12,3 milliards de couronnes suédoises", "investment", "2023", "sentence", eq=["1,1 milliard d'euros"]),
    claim("BT@2", "950#2", "investment", None, "sentence"),
    claim("bouygues-telecom", "2,1", "profit", "2024", "coref"),
    claim("bouygues-telecom", "2,2 milliards d'euros", "profit", "2024", "coref"),
    claim("iliad", "10 milliards d'euros", "other", None, "coref"),
]
