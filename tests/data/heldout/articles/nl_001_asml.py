from labeltool import c, m, p, claim
ID = "nl_001_asml"
LANG = "nl"
TRANSLATED_FROM = None
TEXT = """ date 2023-10-18 ASML boekt recordwinst, maar verwacht vlak 2024

Chipmachinemaker ASML heeft in het derde kwartaal van 2023 een omzet geboekt van 6,7 miljard euro, 15,5 procent meer dan een jaar eerder. De nettowinst kwam uit op €1.893 mln, maakte het bedrijf uit Veldhoven woensdag bekend. De brutomarge bedroeg in het kwartaal 51,9%.

Analisten hadden gemiddeld gerekend op een omzet van 6,5 miljard euro, volgens een door persbureau Bloomberg verzamelde consensus. Vorig jaar zette ASML 21,2 miljard euro om; voor heel 2023 rekent het concern nu op een omzetgroei van circa 30%.

ASML-topman Peter Wennink waarschuwde wel dat 2024 een overgangsjaar wordt. De omzet zal volgend jaar naar verwachting ongeveer gelijk zijn aan die van dit jaar, omdat klanten in de geheugenmarkt de hand op de knip houden. Voor 2025 mikt ASML op een omzet tussen 30 en 40 miljard euro.

De orderinstroom van het bedrijf daalde in het derde kwartaal tot 2,6 miljard euro, tegen 4,5 miljard in het tweede kwartaal. Van de in het kwartaal verkochte systemen ging 46 procent naar klanten in China. De Nederlandse export van chipmachines naar China bedroeg vorig jaar volgens het CBS 2,9 miljard euro.

ASML keert over het derde kwartaal een dividend uit van 1,45 euro per aandeel en kocht in het kwartaal voor 400 miljoen euro eigen aandelen in. Het aandeel ASML steeg op het Damrak 1,2 procent, terwijl de AEX-index vrijwel vlak sloot.

Branchegenoot ASM International (ASMI) zag de omzet in het derde kwartaal met 7% dalen tot 693 miljoen euro, maar de Almeerse toeleverancier verwacht voor het vierde kwartaal een omzet tussen 570 en 610 miljoen euro. De wereldwijde markt voor chipmachines krimpt dit jaar volgens marktonderzoeker TechInsights met 12,5 procent tot 88 miljard dollar.

ASML telt ruim 42.000 medewerkers. Het bedrijf investeert dit jaar zo'n 4 miljard euro in onderzoek en ontwikkeling, onder meer in de nieuwe generatie EUV-machines.
"""
MENTIONS = [
    c("ASML", "asml", key="ASML@head"),
    c("ASML", "asml", n=2, key="ASML@1"),
    m("6,7 miljard euro", "6.7e9", "EUR"),
    p("15,5 procent", 15.5),
    m("€1.893 mln", "1893e6", "EUR"),
    p("51,9%", 51.9),
    m("6,5 miljard euro", "6.5e9", "EUR"),
    c("Bloomberg", "bloomberg"),
    c("ASML", "asml", anchor="Vorig jaar zette ASML", key="ASML@2022"),
    m("21,2 miljard euro", "21.2e9", "EUR"),
    p("30%", 30),
    c("ASML", "asml", anchor="ASML-topman", key="ASML@ceo"),
    c("ASML", "asml", anchor="mikt ASML", key="ASML@2025"),
    m("30", "30e9", "EUR", inf=True, anchor="tussen 30 en 40", key="30"),
    m("40 miljard euro", "40e9", "EUR"),
    m("2,6 miljard euro", "2.6e9", "EUR"),
    m("4,5 miljard", "4.5e9", "EUR", inf=True),
    p("46 procent", 46),
    m("2,9 miljard euro", "2.9e9", "EUR"),
    c("ASML", "asml", anchor="ASML keert", key="ASML@div"),
    m("1,45 euro", "1.45", "EUR"),
    m("400 miljoen euro", "400e6", "EUR"),
    c("ASML", "asml", anchor="aandeel ASML", key="ASML@stock"),
    p("1,2 procent", 1.2),
    c("ASM International", "asm-international"),
    c("ASMI", "asm-international"),
    p("7%", 7),
    m("693 miljoen euro", "693e6", "EUR"),
    m("570", "570e6", "EUR", inf=True, anchor="tussen 570 en", key="570"),
    m("610 miljoen euro", "610e6", "EUR"),
    c("TechInsights", "techinsights"),
    p("12,5 procent", 12.5),
    m("88 miljard dollar", "88e9", "USD"),
    c("ASML", "asml", anchor="ASML telt", key="ASML@last"),
    m("4 miljard euro", "4e9", "EUR"),
]
CLAIMS = [
    claim("ASML@1", "6,7 miljard euro", "revenue", "2023-Q3", "sentence"),
    claim("ASML@1", "15,5 procent", "revenue_growth", "2023-Q3", "sentence"),
    claim("asml", "€1.893 mln", "profit", "2023-Q3", "coref"),
    claim("asml", "51,9%", "profit", "2023-Q3", "coref"),
    claim("ASML@2022", "21,2 miljard euro", "revenue", "2022", "sentence"),
    claim("ASML@2022", "30%", "revenue_growth", "2023", "sentence"),
    claim("ASML@2025", "30", "revenue", "2025", "sentence"),
    claim("ASML@2025", "40 miljard euro", "revenue", "2025", "sentence"),
    claim("asml", "2,6 miljard euro", "other", "2023-Q3", "coref"),
    claim("asml", "4,5 miljard", "other", "2023-Q2", "coref"),
    claim("asml", "46 procent", "other", "2023-Q3", "coref"),
    claim("ASML@div", "1,45 euro", "other", "2023-Q3", "sentence"),
    claim("ASML@div", "400 miljoen euro", "other", "2023-Q3", "sentence"),
    claim("ASML@stock", "1,2 procent", "other", None, "sentence"),
    claim("ASM International", "7%", "revenue_growth", "2023-Q3", "sentence"),
    claim("ASM International", "693 miljoen euro", "revenue", "2023-Q3", "sentence"),
    claim("ASM International", "570", "revenue", "2023-Q4", "sentence"),
    claim("ASM International", "610 miljoen euro", "revenue", "2023-Q4", "sentence"),
    claim("asml", "4 miljard euro", "investment", "2023", "coref"),
]
