"""General shapes behind blind PHI set 52 (new examples written for these tests, not the set's own
texts): Latin American and Quebec identity numbers in their printed shapes, numbers read out in
Spanish and Portuguese, type-first streets and their house numbers, quarters, estates and postcodes,
Tagalog and chat dates, legal dates and bare days with an event, chat senders with a title or an
initial; values that are no one's (grades, plus signs, eponyms, currencies); and the near misses on
each side."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from medgate.privacy.lexicon import lexicon
from medgate.privacy.strict.latin_streets import latin_street_spans
from medgate.privacy.strict.spoken_ids import spoken_id_spans
from medgate.privacy.strict.titled_senders import titled_sender_spans
from medgate.privacy.types import Entity
from tests.privacy.helpers import leak_free, touched


def _hits(spans: list[Entity], text: str, sub: str) -> bool:
    """One of `spans` overlaps the first occurrence of `sub` (for a pass read on its own, where the
    word filter masks another language's unknown words anyway)."""
    start = text.index(sub)
    return any(e.start < start + len(sub) and start < e.end for e in spans)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a Venezuelan cédula with its nationality letter, with or without a label
        ("Paciente: Rosa Ibarra, C.I. E-84.220.117, 61 años", "E-84.220.117"),
        ("[4/5/25, 9:10 p. m.] Tía: V-19.002.331", "V-19.002.331"),
        ("cédula V 9.301.552 del representante", "9.301.552"),
        # a Colombian child's NUIP after its label
        ("Registro Civil / NUIP: 1.098.223.774 del niño", "1.098.223.774"),
        # a Mexican clave de elector, its birth date a date
        ("identificada con clave de elector GMLPRS79061209M800 ante notario", "GMLPRS79061209M800"),
        ("INE clave RZTVHC91120315H412", "RZTVHC91120315H412"),
        # a Quebec health-insurance number, grouped or not, a woman's month plus 50
        ("Carte RAMQ : TREM 5608 1214 (exp. 2027)", "TREM 5608 1214"),
        ("NAM: LAVM65110523 — allergie pénicilline", "LAVM65110523"),
        ("sa carte: BOUC 8162 0412, dans la sacoche", "BOUC 8162 0412"),
        # a programme's case number; a Venezuelan phone in dotted groups
        ("DOTS case no. 2023-NCR-0412-118 sa card", "2023-NCR-0412-118"),
        ("Consultorio: Tlf. 0241-822.40.17 (mañanas)", "0241-822.40.17"),
    ],
)
def test_local_identity_numbers_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("vitamina E 1.000 UI al día", "1.000"),
        ("grupo V-12 del protocolo", "12"),
        ("PLAN 2024 for the team, then review", "review"),
        ("La renta mensual será de $9,800.00 M.N. al mes", "M.N."),
    ],
)
def test_identity_look_alikes_stay(text: str, keep: str) -> None:
    assert not touched(text, keep), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("el número de la tarjeta es nueve cuatro cero, dos dos uno, ocho siete siete y ya",
         "nueve cuatro cero, dos dos uno, ocho siete siete"),
        ("o cartão é oito nove dois, zero zero um um, três meia sete quatro", "oito nove dois, zero zero um um"),
        ("mi teléfono seis uno ocho cuatro cuatro dos cero siete, llámame", "seis uno ocho cuatro cuatro dos cero siete"),
        ("a senha do posto: sete sete dois cinco nove", "sete sete dois cinco nove"),
    ],
)  # fmt: skip
def test_numbers_read_out_in_spanish_and_portuguese_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("toma dos o tres pastillas, cinco veces al día", "cinco veces"),
        ("tomar uma ou duas vezes, três dias", "três dias"),
        ("cuenta uno dos tres y respira", "uno dos tres"),
    ],
)
def test_counts_in_words_are_no_identifier(text: str, keep: str) -> None:
    assert not _hits(spoken_id_spans(text), text, keep), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("lives in Pasaje Las Rosas 318, Recoleta, with her son", "Pasaje Las Rosas 318"),
        ("Dirección: Barrio Centro, Pasaje Los Cedros #42, Santa Ana", "Pasaje Los Cedros #42"),
        ("Domicilio: Calle Miguel Hidalgo s/n, Barrio de Arriba, Tlacolula", "Calle Miguel Hidalgo s/n"),
        ("Domicilio: Calle Miguel Hidalgo s/n, Barrio de Arriba, Tlacolula", "Barrio de Arriba"),
        ("situada na Servidão João Paulo, 112, bairro Centro", "Servidão João Paulo, 112"),
        ("soy la de la calle Maple, la que vive sola", "Maple"),
        ("dirección Residencias El Parque, torre C piso 4 apto 4-B, Los Palos Grandes",
         "Residencias El Parque, torre C piso 4 apto 4-B"),
        ("She works at a bakery on Dolores Huerta Blvd and lifts boxes", "Dolores Huerta Blvd"),
        ("near César Chávez Ave, by the market", "César Chávez Ave"),
        ("pick up at the branch sa Rizal st tomorrow", "Rizal st"),
        ("House No./Street: 12-C Maya St.\nBarangay: San Roque", "12-C Maya St."),
        ("Adresse : 7210, av. Durocher, logement 4, Montréal", "7210, av. Durocher, logement 4"),
        ("Morada: Rua do Sol 5, 2.º Esq.\n2790-045 Carnaxide", "2790-045"),
        ("City: Marikina     Zip: 1800", "1800"),
        ("Los Palos Grandes, Caracas 1062\nTeléfono de casa", "1062"),
        ("RHU Sto. Tomas, Batangas", "Sto. Tomas"),
        ("perto da escola Padre Anchieta, obrigada", "Padre Anchieta"),
        ("nakatira sa Mabini Village, malapit sa kapilya", "Mabini Village"),
    ],
)  # fmt: skip
def test_latin_american_and_philippine_addresses_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("He reads the Wall Street Journal every day", "Journal"),
        ("Son works nights; shop on Main St 9a–6p", "6p"),
        ("la escuela primaria queda lejos", "primaria"),
        ("Seen in clinic, Caracas 2019 follow-up", "2019"),
        # (a band's name, "the Village People song", was here: the tagger reads it as a place in most
        # sentences, as strict means to for capitalised words it cannot place — mask what is not known
        # to be safe — and with set 56 in its text it did so after "live in the" too)
    ],
)
def test_address_look_alikes_stay(text: str, keep: str) -> None:
    assert not touched(text, keep), (text, detect(text, "strict"))


def test_a_schools_kind_is_no_part_of_its_name() -> None:
    text = "a enfermeira da escola Hawthorne Elementary ligou"
    spans = latin_street_spans(text, lexicon())
    assert _hits(spans, text, "Hawthorne") and not _hits(spans, text, "Elementary"), spans


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("LMP: Agosto 14, 2023   EDD: May 21, 2024", "Agosto 14, 2023"),
        ("balik kami sa clinic, Disyembre 3 po", "Disyembre 3"),
        ("balik kami sa clinic, dic 9 pls", "dic 9"),
        ("we land mrt 3 in Schiphol", "mrt 3"),
        ("En Lima, a los 3 días del mes de marzo de 2024, se reúnen", "3 días del mes de marzo de 2024"),
        ("feito aos 9 dias do mês de maio de 2023", "9 dias do mês de maio de 2023"),
        ("abuela, el 12 llego en el vuelo de la tarde", "12"),
        ("birthday nya sa 9, punta kayo", "9"),
        ("Mme Roy, née le 1940-02-11 (84 a.) vit seule", "84"),
    ],
)
def test_other_languages_dates_are_masked(text: str, value: str) -> None:
    assert leak_free(text, value), (text, detect(text, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("la cita es en el 2 piso", "2"),
        ("tomó el 3 de las pastillas; el 5 es mejor", "5"),
        ("il y a des 20 patients en attente", "20"),
        ("dez 10 mg ao dia", "10"),
        ("el 21% de los casos", "21"),
    ],
)
def test_day_look_alikes_stay(text: str, keep: str) -> None:
    assert not touched(text, keep), (text, detect(text, "strict"))


def test_chat_senders_with_a_title_or_initial_are_masked() -> None:
    chat = (
        "Auntie Pearl: kids, lolo is in the ER\nMark: what happened?\nAuntie Pearl: fell in the kitchen\n"
        "Jess K: omw\nMark: ok\nJess K: bringing his meds\nTía Chela: ya llegó?\nTía Chela: gracias"
    )
    for sender in ("Pearl", "Jess K", "Chela"):
        assert leak_free(chat, sender), (sender, detect(chat, "strict"))


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("Hep A: dose 1 given\nHep B: dose 1 given\nHep A: dose 2 due\nHep B: dose 2 due\nMMR: done", "Hep B"),
        ("Plan B: discuss with team\nPlan B: call family\nAssessment: stable", "Plan B"),
    ],
)
def test_heading_look_alikes_stay(text: str, keep: str) -> None:
    assert not touched(text, keep), (text, detect(text, "strict"))


def test_a_forms_kin_labels_are_no_senders() -> None:
    text = "Mother Tongue: Spanish\nFather Name: José\nMother Tongue: n/a\nGuardian: aunt"
    assert titled_sender_spans(text, lexicon()) == []


@pytest.mark.parametrize(
    ("text", "keep"),
    [
        ("úlcera por pressão sacral grau 2, com tecido", "grau 2"),
        ("lesión por presión grado III en talón", "grado III"),
        ("edema ++, glucosuria en tira +++ hoy", "glucosuria en tira +++"),
        ("This girl has Becker muscular dystrophy confirmed", "Becker muscular dystrophy"),
        ("Renta: $4,300.00 M.N. por mes", "$4,300.00 M.N."),
    ],
)
def test_values_stay(text: str, keep: str) -> None:
    assert not touched(text, keep), (text, detect(text, "strict"))


def test_a_possessive_name_before_a_disease_still_goes() -> None:
    assert leak_free("Please note Rukayat's sickle cell follow-up", "Rukayat")
