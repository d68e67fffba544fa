from labeltool import c, m, p, claim
ID = "fr_001_kering"
LANG = "fr"
TRANSLATED_FROM = None
N = "\u202f"   # espace fine insécable
B = "\u00a0"   # espace insécable
TEXT = f""" date 2024-10-24 Kering chute en Bourse après un nouveau plongeon de Gucci

Le groupe de luxe Kering a vu son chiffre d'affaires reculer de 16{N}% au troisième trimestre 2024, à 3,79 milliards d'euros, a-t-il annoncé mercredi soir. Sa marque phare Gucci a vu ses ventes chuter de 25{N}% à 1{N}640 millions d'euros sur la période, pénalisée par l'effondrement de la demande en Chine.

Le titre Kering a cédé 4,5{B}% jeudi à la Bourse de Paris, à 226 euros, ramenant sa capitalisation à 27,9 Mds€. Depuis le début de l'année, l'action a perdu près de 45{B}%.

Pour l'exercice 2024, le groupe prévoit désormais un résultat opérationnel courant d'environ 2,5 Mds€, contre 4,75 Mds€ en 2023. Au premier semestre, sa marge opérationnelle courante s'était établie à 20,6{N}%. La dette nette du groupe atteignait 10{B}500 M€ fin juin 2024, selon Reuters.

Pour redresser la barre, le propriétaire de Saint Laurent et de Bottega Veneta mise sur les acquisitions. Kering a acquis en 2023 une participation de 30{N}% dans la maison italienne Valentino pour 1,7 milliard d'euros auprès du fonds qatari Mayhoola, puis la maison de parfums Creed pour 3,5 milliards d'euros.

« Nous traversons une phase difficile, mais nous restons confiants dans le potentiel de Gucci », a déclaré le PDG François-Henri Pinault. Artémis, la holding de la famille Pinault, détient 42{N}% du capital de Kering et en contrôle 59{N}% des droits de vote.

Les analystes de Bernstein anticipent une baisse supplémentaire de 8{B}% des ventes de Gucci en 2025. Selon le cabinet Bain & Company, le marché mondial des biens de luxe personnels devrait reculer de 2{N}% cette année, à 363 milliards d'euros, une première depuis 2020. En Chine, la consommation de luxe des ménages aurait baissé de 20{N}%.

Chez le rival LVMH, les ventes de la division mode et maroquinerie ont reculé de 5{N}% au troisième trimestre 2024. Hermès, qui emploie plus de 22{B}000 personnes, doit publier ses résultats la semaine prochaine.
"""
MENTIONS = [
    c("Kering", "kering", key="Kering@head"),
    c("Gucci", "gucci", key="Gucci@head"),
    c("Kering", "kering", n=2, key="Kering@1"),
    p(f"16{N}%", 16),
    m("3,79 milliards d'euros", "3.79e9", "EUR"),
    c("Gucci", "gucci", n=2, key="Gucci@1"),
    p(f"25{N}%", 25),
    m(f"1{N}640 millions d'euros", "1640e6", "EUR"),
    c("Kering", "kering", anchor="titre Kering", key="Kering@stock"),
    p(f"4,5{B}%", 4.5),
    m("226 euros", "226", "EUR"),
    m("27,9 Mds€", "27.9e9", "EUR"),
    p(f"45{B}%", 45),
    m("2,5 Mds€", "2.5e9", "EUR"),
    m("4,75 Mds€", "4.75e9", "EUR"),
    p(f"20,6{N}%", 20.6),
    m(f"10{B}500 M€", "10500e6", "EUR"),
    c("Reuters", "reuters"),
    c("Saint Laurent", "saint-laurent"),
    c("Bottega Veneta", "bottega-veneta"),
    c("Kering", "kering", anchor="Kering a acquis", key="Kering@acq"),
    p(f"30{N}%", 30),
    c("Valentino", "valentino"),
    m("1,7 milliard d'euros", "1.7e9", "EUR"),
    c("Mayhoola", "mayhoola"),
    c("Creed", "creed"),
    m("3,5 milliards d'euros", "3.5e9", "EUR"),
    c("Gucci", "gucci", anchor="potentiel de Gucci", key="Gucci@quote"),
    c("Artémis", "artemis"),
    p(f"42{N}%", 42),
    c("Kering", "kering", anchor="capital de Kering", key="Kering@artemis"),
    p(f"59{N}%", 59),
    c("Bernstein", "bernstein"),
    p(f"8{B}%", 8),
    c("Gucci", "gucci", anchor="ventes de Gucci en 2025", key="Gucci@bern"),
    c("Bain & Company", "bain-company"),
    p(f"2{N}%", 2, anchor=f"de 2{N}% cette", key="2"),
    m("363 milliards d'euros", "363e9", "EUR"),
    p(f"20{N}%", 20, anchor=f"baissé de 20{N}%", key="20"),
    c("LVMH", "lvmh"),
    p(f"5{N}%", 5, anchor=f"de 5{N}% au", key="5"),
    c("Hermès", "hermes"),
]
CLAIMS = [
    claim("Kering@1", f"16{N}%", "revenue_growth", "2024-Q3", "sentence"),
    claim("Kering@1", "3,79 milliards d'euros", "revenue", "2024-Q3", "sentence"),
    claim("Gucci@1", f"25{N}%", "revenue_growth", "2024-Q3", "sentence"),
    claim("Gucci@1", f"1{N}640 millions d'euros", "revenue", "2024-Q3", "sentence"),
    claim("Kering@stock", f"4,5{B}%", "other", None, "sentence"),
    claim("Kering@stock", "226 euros", "other", None, "sentence"),
    claim("Kering@stock", "27,9 Mds€", "other", None, "sentence"),
    claim("kering", f"45{B}%", "other", None, "coref"),
    claim("kering", "2,5 Mds€", "profit", "2024", "coref"),
    claim("kering", "4,75 Mds€", "profit", "2023", "coref"),
    claim("kering", f"20,6{N}%", "profit", "2024-H1", "coref"),
    claim("kering", f"10{B}500 M€", "other", "2024-06", "coref"),
    claim("Kering@acq", f"30{N}%", "other", "2023", "sentence"),
    claim("Kering@acq", "1,7 milliard d'euros", "investment", "2023", "sentence"),
    claim("Kering@acq", "3,5 milliards d'euros", "investment", "2023", "sentence"),
    claim("Artémis", f"42{N}%", "other", None, "sentence"),
    claim("Artémis", f"59{N}%", "other", None, "sentence"),
    claim("LVMH", "5", "revenue_growth", "2024-Q3", "sentence"),
]
