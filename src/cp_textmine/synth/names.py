"""People, addresses and reference schemes for synthetic municipal worlds."""

from __future__ import annotations

import random
from dataclasses import dataclass

_SURNAMES = (
    "de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden",
    "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek",
    "de Bruijn", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet",
    "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal",
    "Prins", "Blom", "Huisman", "Peeters", "de Jong", "Kuipers", "van Wijk", "Post",
    "Veenstra", "Kramer", "van den Brink", "Scholten", "Postma", "Martens", "Vink",
    "de Ruiter", "Timmermans", "Groen", "Gerritsen", "Jonker", "van Loon", "van der Velde",
    "Willemsen", "Smeets", "de Lange", "Bosch", "van Dijk", "El Amrani", "Yilmaz", "Kaya",
    "Bouzid", "Pinas", "Ramdin", "Tahiri", "Nijhuis", "Wolters", "Zijlstra", "Hofman",
    "Brinkman", "Koopman", "Evers", "Oosterhuis", "Ter Horst", "Lammers", "Verbeek",
    "van Rooij", "Aarts", "Claassen", "Franken", "Geurts", "Hermans", "IJzerman", "Jonkers",
    "Kuijpers", "Lubbers", "Mertens", "Nooren", "Op den Kamp", "Pronk", "Rutten", "Sanders",
    "Teunissen", "Uiterwijk", "Vogel", "Wagenaar", "Zwart", "Boukhari", "Demir", "Sahin",
)  # fmt: skip
_FIRST_F = (
    "Anja", "Marieke", "Fatima", "Ingrid", "Els", "Karin", "Sanne", "Yvonne", "Ria",
    "Petra", "Hanneke", "Loes", "Nadia", "Monique", "Joke", "Ellen", "Annelies", "Wilma",
    "Saskia", "Gerda", "Hatice", "Linda", "Mirjam", "Tineke", "Carla", "Esther", "Rianne",
)  # fmt: skip
_FIRST_M = (
    "Jan", "Kees", "Mohamed", "Pieter", "Henk", "Gerrit", "Ahmed", "Wim", "Theo", "Bert",
    "Ruud", "Frank", "Hans", "Johan", "Erik", "Marco", "Sjoerd", "Ton", "Jeroen", "Karel",
    "Mustafa", "Arjen", "Dirk", "Harm", "Rob", "Geert", "Bas", "Youssef", "Klaas",
)  # fmt: skip
_STREETS = (
    "Markt", "Raadhuisplein", "Stationsweg", "Kerkstraat", "Stadhuisplein", "Dorpsstraat",
    "Molenweg", "Burgemeester de Withstraat", "Hoofdstraat", "Nieuwe Gracht", "Lindelaan",
    "Spoorlaan", "Wilhelminastraat", "Julianaplein", "Kanaalweg", "Parkweg", "Beatrixlaan",
    "Oranjestraat", "Schoolstraat", "Zuidsingel", "Westhaven", "Torenstraat", "Vaart",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    """A named person with the forms letters use (J. de Vries, mevrouw De Vries)."""

    first: str
    surname: str
    female: bool

    @property
    def initials(self) -> str:
        return self.first[0] + "."

    def short(self) -> str:
        """'J. de Vries' as under a signature."""
        return f"{self.initials} {self.surname}"

    def full(self) -> str:
        """'Jan de Vries'."""
        return f"{self.first} {self.surname}"

    def capital_surname(self) -> str:
        """Without first name the tussenvoegsel takes a capital: 'De Vries'."""
        return self.surname[0].upper() + self.surname[1:]

    def title(self) -> str:
        """'mevrouw De Vries' / 'de heer De Vries'."""
        return ("mevrouw " if self.female else "de heer ") + self.capital_surname()

    def salutation(self) -> str:
        """'Geachte mevrouw De Vries,'."""
        return ("Geachte mevrouw " if self.female else "Geachte heer ") + self.capital_surname()


def make_person(rng: random.Random) -> Person:
    """A random person; given names follow the chosen gender."""
    female = rng.random() < 0.5
    first = rng.choice(_FIRST_F if female else _FIRST_M)
    return Person(first, rng.choice(_SURNAMES), female)


def postcode(rng: random.Random) -> str:
    """A Dutch postcode '1234 AB' (letters avoid SA/SD/SS as PostNL does)."""
    letters = "ABCDEFGHJKLMNPRTVWXZ"
    return f"{rng.randint(1000, 9999)} {rng.choice(letters)}{rng.choice(letters)}"


def street_address(rng: random.Random) -> str:
    """'Kerkstraat 12' or a Postbus."""
    if rng.random() < 0.5:
        return f"Postbus {rng.randint(1, 9999)}"
    return f"{rng.choice(_STREETS)} {rng.randint(1, 140)}"


def abbreviation(name: str) -> str:
    """Initials of the capitalised words: 'Adviesraad Sociaal Domein' -> 'ASD'."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words)[:5].upper() or "CR"


@dataclass(frozen=True)
class RefScheme:
    """How one organisation numbers its outgoing letters."""

    kind: str
    prefix: str
    start: int

    def make(self, year: int, seq: int, rng: random.Random) -> str:
        """The reference of the seq-th letter of a year."""
        n = self.start + seq
        yy = year % 100
        kinds = {
            "abbr_year_seq": f"{self.prefix} {year}-{n:02d}",
            "slash_year": f"{self.prefix}/{year}/{n:03d}",
            "dash_yy": f"{self.prefix}-{yy:02d}-{n:03d}",
            "yy_slash": f"{yy:02d}/{n + 400}",
            "roman": f"nr. {_roman(year % 7 + 1)}.{n}",
            "dotted": f"{year}.{n:03d}",
            "compact": f"{self.prefix}{year}.{n:02d}",
            "zaak": (
                f"Z-{yy:02d}-{rng.randint(10000, 99999):06d}/D/{yy:02d}/"
                f"{rng.randint(100000, 999999)}"
            ),
            "uit": f"U{yy:02d}.{rng.randint(10000, 99999)}",
            "long_num": f"{year}-{rng.randint(1000000, 9999999):07d}",
            "dept": f"{self.prefix}/{yy:02d}/{rng.randint(1000, 9999)}",
            "uitgaand": f"UIT-{yy:02d}-{rng.randint(10000, 99999)}",
            "doc": f"D/{yy:02d}/{rng.randint(100000, 999999)}",
        }
        return kinds[self.kind]


def _roman(n: int) -> str:
    """Small roman numerals for 'nr. III.2' style references."""
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")[n - 1]


def council_ref_scheme(rng: random.Random, abbr: str) -> RefScheme:
    """Councils number their advices simply (CRA 2022-05, ASD/2023/014, 15/458)."""
    kind = rng.choice(
        ["abbr_year_seq", "slash_year", "dash_yy", "yy_slash", "roman", "dotted", "compact"]
    )
    prefix = rng.choice([abbr, abbr, abbr + "A", "Adv", abbr + "-adv"])
    return RefScheme(kind, prefix, rng.randint(0, 3))


def college_ref_scheme(rng: random.Random, dept: str) -> RefScheme:
    """Municipal document systems produce long, opaque numbers."""
    kind = rng.choice(["zaak", "uit", "long_num", "dept", "uitgaand", "doc", "yy_slash"])
    return RefScheme(kind, dept, rng.randint(0, 50))
