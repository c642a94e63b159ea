"""What a record type and its fields look like to users, independent of storage.

The store describes each replicated table with these plain dataclasses so that the
services, the CLI and the GUI can be driven by metadata instead of one hand-built
form per record type.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class FieldKind(enum.StrEnum):
    TEXT = "text"  # one line
    LONGTEXT = "longtext"  # paragraphs
    INTEGER = "integer"
    DECIMAL = "decimal"  # money and other exact numbers, kept as canonical strings
    DATE = "date"  # ISO yyyy-mm-dd
    BOOLEAN = "boolean"
    CHOICE = "choice"  # one value of a fixed list
    CHOICES = "choices"  # several values of a fixed list
    REF = "ref"  # id of another record
    REFS = "refs"  # ids of other records
    STRINGS = "strings"  # free list of short strings (languages, countries)
    URL = "url"
    EMAIL = "email"


LIST_KINDS = frozenset({FieldKind.CHOICES, FieldKind.REFS, FieldKind.STRINGS})
REF_KINDS = frozenset({FieldKind.REF, FieldKind.REFS})


@dataclass(frozen=True)
class FieldSpec:
    """One user-visible field of a record type."""

    name: str
    label: str
    kind: FieldKind
    required: bool = False
    choices: tuple[str, ...] = ()
    target: str | None = None  # record type a reference points to
    vocabulary: str | None = None  # for references to `term`: which editable list
    minimum: int | None = None
    maximum: int | None = None
    help: str = ""
    searchable: bool = False  # indexed for full-text search
    in_table: bool = True  # shown as a column in list views
    personal: bool = False  # personal data: blanked everywhere when the person is erased

    @property
    def is_list(self) -> bool:
        return self.kind in LIST_KINDS

    @property
    def is_ref(self) -> bool:
        return self.kind in REF_KINDS


@dataclass(frozen=True)
class RecordType:
    """A kind of record users create and see (organisation, task, event ...)."""

    name: str  # snake_case, as users type it in the CLI
    label: str  # singular
    plural: str
    fields: tuple[FieldSpec, ...]
    title_fields: tuple[str, ...]  # fields whose values make a record's one-line title
    default_order: tuple[str, ...] = ()  # e.g. ("-start_date",)
    group: str = ""  # area of the app it belongs to
    field_map: dict[str, FieldSpec] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.field_map.update({f.name: f for f in self.fields})

    def field(self, name: str) -> FieldSpec:
        return self.field_map[name]

    def has_field(self, name: str) -> bool:
        return name in self.field_map
