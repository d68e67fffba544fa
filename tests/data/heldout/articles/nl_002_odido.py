from labeltool import c, m, p, claim
ID = "nl_002_odido"
LANG = "nl"
TRANSLATED_FROM = None
TEXT = """Odido groeit verder, beursgang weer in beeld

Telecomaanbieder Odido heeft in het eerste halfjaar van 2024 een omzet van 1,26 miljard euro behaald. Dat is 4,1 procent meer dan in dezelfde periode van 2023, maakte het bedrijf donderdag bekend. De aangepaste ebitda steeg met 6% tot 512 mln euro.

Het bedrijf telt nu 7,6 miljoen mobiele klanten en ruim 800.000 thuisklanten met een vaste verbinding. Volgens marktonderzoeker Telecompaper heeft Odido een aandeel van 24 procent in de Nederlandse mobiele markt, tegen 36% en 34% voor respectievelijk KPN en VodafoneZiggo. De Nederlandse telecommarkt was vorig jaar goed voor zo'n 11 miljard euro omzet.

In 2023 stak Odido 540 miljoen euro in zijn netwerken, en in 2024 wordt dat ongeveer 600 miljoen, vooral voor de uitrol van glasvezel en 5G. Toezichthouder ACM kijkt mee bij de verdeling van nieuwe frequenties.

De investeringsmaatschappijen Apax Partners en Warburg Pincus kochten de onderneming in 2023 voor 5,1 miljard euro van Deutsche Telekom en Tele2. Odido-topman Søren Abildgaard sluit een beursnotering in 2025 niet uit. Analisten schatten de waarde van het bedrijf op tussen 9 en 11 miljard euro, meldde persbureau ANP.

Concurrent VodafoneZiggo, een joint venture van Vodafone en Liberty Global, had het moeilijker. De omzet van het kabelbedrijf daalde in het tweede kwartaal van 2024 met 2,5% tot 1,03 miljard euro, doordat klanten overstapten naar goedkopere abonnementen. Over heel 2023 keerde VodafoneZiggo 430 miljoen euro uit aan zijn aandeelhouders.

Ook KPN profiteerde van de overstappers: het bedrijf won in het kwartaal 23.000 breedbandklanten. Het telecombedrijf verhoogde zijn dividend over 2023 met 6,5 procent tot 14,6 eurocent per aandeel.

Odido, dat zo'n 4.000 mensen in dienst heeft, wil daarnaast tussen 2024 en 2026 jaarlijks 150 miljoen euro besparen op kosten. Het Odido-hoofdkantoor in Den Haag verhuist volgend jaar naar een kleiner pand.
"""
MENTIONS = [
    c("Odido", "odido", key="Odido@head"),
    c("Odido", "odido", n=2, key="Odido@1"),
    m("1,26 miljard euro", "1.26e9", "EUR"),
    p("4,1 procent", 4.1),
    p("6%", 6),
    m("512 mln euro", "512e6", "EUR"),
    c("Telecompaper", "telecompaper"),
    c("Odido", "odido", anchor="Telecompaper heeft Odido", key="Odido@share"),
    p("24 procent", 24),
    p("36%", 36),
    p("34%", 34),
    c("KPN", "kpn"),
    c("VodafoneZiggo", "vodafoneziggo"),
    m("11 miljard euro", "11e9", "EUR"),
    c("Odido", "odido", anchor="stak Odido", key="Odido@capex"),
    m("540 miljoen euro", "540e6", "EUR"),
    m("600 miljoen", "600e6", "EUR", inf=True),
    c("Apax Partners", "apax-partners"),
    c("Warburg Pincus", "warburg-pincus"),
    m("5,1 miljard euro", "5.1e9", "EUR"),
    c("Deutsche Telekom", "deutsche-telekom"),
    c("Tele2", "tele2"),
    c("Odido", "odido", anchor="Odido-topman", key="Odido@ceo"),
    m("9", "9e9", "EUR", inf=True, anchor="tussen 9 en", key="9"),
    m("11 miljard euro", "11e9", "EUR", n=2, key="11#2"),
    c("ANP", "anp"),
    c("VodafoneZiggo", "vodafoneziggo", n=2, key="VZ@2"),
    c("Vodafone", "vodafone", anchor="van Vodafone en", key="Vodafone"),
    c("Liberty Global", "liberty-global"),
    p("2,5%", 2.5),
    m("1,03 miljard euro", "1.03e9", "EUR"),
    c("VodafoneZiggo", "vodafoneziggo", n=3, key="VZ@3"),
    m("430 miljoen euro", "430e6", "EUR"),
    c("KPN", "kpn", n=2, key="KPN#2"),
    p("6,5 procent", 6.5),
    m("14,6 eurocent", "0.146", "EUR"),
    c("Odido", "odido", anchor="Odido, dat", key="Odido@cost"),
    m("150 miljoen euro", "150e6", "EUR"),
    c("Odido", "odido", anchor="Het Odido-hoofdkantoor", key="Odido@hq"),
]
CLAIMS = [
    claim("Odido@1", "1,26 miljard euro", "revenue", "2024-H1", "sentence"),
    claim("odido", "4,1 procent", "revenue_growth", "2024-H1", "coref"),
    claim("odido", "6%", "profit", "2024-H1", "coref"),
    claim("odido", "512 mln euro", "profit", "2024-H1", "coref"),
    claim("Odido@share", "24 procent", "market_share", None, "sentence"),
    claim("KPN", "36%", "market_share", None, "sentence"),
    claim("VodafoneZiggo", "34%", "market_share", None, "sentence"),
    claim("Odido@capex", "540 miljoen euro", "investment", "2023", "sentence"),
    claim("Odido@capex", "600 miljoen", "investment", "2024", "sentence"),
    claim("vodafoneziggo", "2,5%", "revenue_growth", "2024-Q2", "coref"),
    claim("vodafoneziggo", "1,03 miljard euro", "revenue", "2024-Q2", "coref"),
    claim("VZ@3", "430 miljoen euro", "other", "2023", "sentence"),
    claim("kpn", "6,5 procent", "other", "2023", "coref"),
    claim("kpn", "14,6 eurocent", "other", "2023", "coref"),
    claim("Odido@cost", "150 miljoen euro", "other", None, "sentence"),
]
