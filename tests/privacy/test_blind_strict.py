"""Regression floors for the strict policy on the blind sets (issue 11). First scores, recorded
before any tuning, are in BLIND_SCORES.md; these floors pin what general fixes reached
(rounded down). Leak-free: every letter and digit of the identifier masked."""

from __future__ import annotations

import pytest

from medgate.privacy import detect
from tests.privacy.blind_notes import (
    CHAT,
    NOTES,
    NOTES_2,
    NOTES_3,
    NOTES_4,
    NOTES_5,
    NOTES_6,
    NOTES_7,
    NOTES_8,
    NOTES_9,
    NOTES_10,
    NOTES_11,
    NOTES_12,
    NOTES_13,
    NOTES_14,
    NOTES_15,
    NOTES_16,
    NOTES_17,
    NOTES_18,
    NOTES_19,
    NOTES_20,
    NOTES_21,
    NOTES_22,
    NOTES_23,
    NOTES_24,
    NOTES_25,
    NOTES_26,
    NOTES_27,
    NOTES_28,
    NOTES_29,
    NOTES_30,
    NOTES_31,
    NOTES_32,
    NOTES_33,
    NOTES_34,
    NOTES_35,
    NOTES_36,
    NOTES_37,
    NOTES_38,
    NOTES_39,
    NOTES_40,
    NOTES_41,
    NOTES_42,
    NOTES_43,
    NOTES_44,
    NOTES_45,
    NOTES_46,
    NOTES_47,
    NOTES_48,
    NOTES_49,
    NOTES_50,
    NOTES_51,
    NOTES_52,
    NOTES_53,
    NOTES_54,
    NOTES_55,
    NOTES_56,
    NOTES_57,
    NOTES_58,
    NOTES_60,
    NOTES_61,
    NOTES_62,
    NOTES_63,
    NOTES_64,
    NOTES_65,
    NOTES_66,
    NOTES_67,
    NOTES_68,
    NOTES_69,
    NOTES_70,
    NOTES_71,
    NOTES_72,
    NOTES_73,
    NOTES_74,
    NOTES_75,
    NOTES_76,
    NOTES_77,
    NOTES_78,
    NOTES_79,
    NOTES_80,
    NOTES_81,
    NOTES_82,
    NOTES_83,
    NOTES_84,
    NOTES_85,
    NOTES_86,
    NOTES_87,
    NOTES_88,
    BlindNote,
)
from tests.privacy.blind_scoring import occurrences

# name -> (notes, leak-free floor, must-keep floor)
FLOORS: dict[str, tuple[list[BlindNote], float, float]] = {
    "set1": (NOTES, 0.99, 0.96),
    "set2": (NOTES_2, 0.98, 0.84),
    "set3": (NOTES_3, 0.96, 0.90),
    "chat": (CHAT, 0.96, 0.93),
    "set4": (NOTES_4, 0.94, 0.98),
    "set5": (NOTES_5, 0.97, 0.95),
    "set6": (NOTES_6, 0.97, 0.95),
    "set7": (NOTES_7, 0.96, 0.94),  # first sight 0.899 / 0.948
    "set8": (NOTES_8, 0.97, 0.93),  # first sight 0.906 / 0.877 (a device brand written bare is masked)
    "set9": (NOTES_9, 0.96, 0.96),  # first sight 0.912 / 0.966
    "set10": (NOTES_10, 0.97, 0.93),  # first sight 0.917 / 0.939
    "set11": (NOTES_11, 0.90, 0.96),  # first sight 0.826 / 0.962
    "set12": (NOTES_12, 0.93, 0.92),  # first sight 0.916 / 0.918 (recorded, not tuned)
    "set13": (NOTES_13, 0.90, 0.97),  # first sight 0.806 / 0.956
    "set14": (NOTES_14, 0.94, 0.97),  # first sight 0.895 / 0.958
    "set15": (NOTES_15, 0.89, 0.98),  # first sight 0.891 / 0.985 (recorded, not tuned)
    "set16": (NOTES_16, 0.82, 0.95),  # first sight 0.826 / 0.950 (recorded, not tuned)
    "set17": (NOTES_17, 0.95, 0.93),  # first sight 0.909 / 0.915
    "set18": (NOTES_18, 0.92, 0.94),  # first sight 0.898 / 0.947 (held back, recorded, not tuned)
    "set19": (NOTES_19, 0.95, 0.95),  # first sight 0.921 / 0.959
    "set20": (NOTES_20, 0.92, 0.95),  # first sight 0.913 / 0.960 (held back, recorded, not tuned)
    "set21": (NOTES_21, 0.94, 0.95),  # first sight 0.927 / 0.929
    "set22": (NOTES_22, 0.93, 0.97),  # first sight 0.931 / 0.977 (held back, recorded, not tuned)
    "set23": (NOTES_23, 0.955, 0.97),  # first sight 0.918 / 0.918
    "set24": (NOTES_24, 0.92, 0.98),  # first sight 0.923 / 0.984 (held back, recorded, not tuned)
    "set25": (NOTES_25, 0.95, 0.99),  # first sight 0.930 / 0.953
    "set26": (NOTES_26, 0.92, 0.98),  # first sight 0.921 / 0.984 (held back, recorded, not tuned)
    "set27": (NOTES_27, 0.93, 0.99),  # first sight 0.912 / 0.981
    "set28": (NOTES_28, 0.89, 0.95),  # first sight 0.897 / 0.957 (held back, recorded, not tuned)
    "set29": (NOTES_29, 0.92, 0.97),  # first sight 0.866 / 0.982
    "set30": (NOTES_30, 0.86, 0.95),  # first sight 0.867 / 0.953 (held back, recorded, not tuned)
    "set31": (NOTES_31, 0.96, 0.99),  # first sight 0.921 / 1.000
    "set32": (NOTES_32, 0.87, 0.97),  # first sight 0.877 / 0.982 (held back, recorded, not tuned)
    "set33": (NOTES_33, 0.90, 0.97),  # first sight 0.903 / 0.976 (held back, recorded, not tuned)
    "set34": (NOTES_34, 0.98, 0.97),  # first sight 0.905 / 0.965
    "set35": (NOTES_35, 0.97, 0.98),  # first sight 0.936 / 0.975 (held back, recorded)
    "set36": (NOTES_36, 0.92, 0.99),  # first sight 0.930 / 1.000 (held back to the end, recorded, not tuned)
    "set37": (NOTES_37, 0.98, 0.99),  # first sight 0.870 / 1.000
    "set38": (NOTES_38, 0.93, 0.99),  # first sight 0.919 / 0.972 (held back, recorded)
    "set39": (NOTES_39, 0.99, 0.99),  # first sight 0.904 / 0.966
    "set40": (NOTES_40, 0.975, 0.99),  # first sight 0.905 / 0.965 (held back, recorded)
    "set41": (NOTES_41, 0.99, 0.99),  # first sight 0.935 / 0.987 (scored at once)
    "set42": (NOTES_42, 0.96, 0.97),  # first sight 0.903 / 0.979 (held back, recorded)
    "set43": (NOTES_43, 0.97, 0.94),  # first sight 0.904 / 0.947 (scored at once)
    "set44": (NOTES_44, 0.925, 0.89),  # first sight 0.924 / 0.887 (held back, recorded; since trained on)
    "set45": (NOTES_45, 0.93, 0.95),  # first sight 0.920 / 0.952 (scored at once; since trained on)
    "set46": (NOTES_46, 0.89, 0.935),  # first sight 0.883 / 0.940 (scored at once; since trained on)
    "set47": (NOTES_47, 0.97, 0.98),  # first sight 0.949 / 0.976 (scored at once; since trained on); after the round 0.974 / 0.984
    "set48": (NOTES_48, 0.955, 0.935),  # first sight 0.922 / 0.911 (scored at once; since trained on); after the round 0.959 / 0.940
    "set49": (NOTES_49, 0.94, 0.94),  # first sight 0.875 / 0.881 (held back to the session's end, recorded; since trained on); after the round 0.943 / 0.943
    "set50": (NOTES_50, 0.905, 0.935),  # first sight 0.893 / 0.937 (held back likewise; since trained on: 0.902); after the round 0.914 / 0.937; 0.909 once the tagger learned sets 53-54 (two identifiers of 419; the retrain moves other sets by one or two either way, 8 more leaks in 24,000)
    "set51": (NOTES_51, 0.988, 0.995),  # first sight 0.953 / 0.954 (scored at once; since trained on: 0.957); after the round 0.991 / 1.000
    "set52": (NOTES_52, 0.97, 0.97),  # first sight 0.908 / 0.947 (scored at once; since trained on: 0.911); after the round 0.977 / 0.973
    "set53": (NOTES_53, 0.955, 0.99),  # first sight 0.917 / 0.940 (held back to the session's end, recorded; since trained on: 0.921); after the round 0.957 / 0.994
    "set54": (NOTES_54, 0.94, 0.97),  # first sight 0.888 / 0.975 (held back likewise; since trained on: 0.895); 0.902 with the dates of other calendars; after the round 0.946 / 0.975
    "set55": (NOTES_55, 0.995, 0.99),  # first sight 0.965 / 0.957 (scored at once; since trained on: 0.965 / 0.957); after the round 1.000 / 1.000
    "set56": (NOTES_56, 0.95, 0.94),  # first sight 0.954 / 0.942 (held back to the session's end, recorded; since trained on)
    "set57": (NOTES_57, 0.985, 0.995),  # first sight 0.898 / 0.992 (scored at once; since trained on: 0.905 / 0.992); after the round 0.990 / 1.000
    "set58": (NOTES_58, 0.995, 0.995),  # first sight 0.940 / 0.974 (scored at once; since trained on); after the round 0.998 / 1.000
    "set60": (NOTES_60, 0.99, 0.995),  # first sight 0.967 / 0.960 (scored at once; since trained on); after the round 0.993 / 1.000
    "set61": (NOTES_61, 0.995, 0.995),  # first sight 0.963 / 0.973 (held back to the end of the fourteenth session, recorded; since trained on); after the round 1.000 / 1.000
    "set62": (NOTES_62, 0.99, 0.995),  # first sight 0.944 / 0.990 (scored at once, recorded; since trained on: 0.946 / 0.990); after the round 0.993 / 1.000
    "set63": (NOTES_63, 0.98, 0.995),  # first sight 0.949 / 0.985 (held back to the end of the fifteenth session, recorded); after the round 0.973 / 1.000; after set 64's round 0.985 / 1.000
    "set64": (NOTES_64, 0.99, 0.995),  # first sight 0.950 / 0.985 (scored at once, recorded); after the round 0.998 / 1.000
    "set65": (NOTES_65, 0.965, 0.995),  # first sight 0.947 / 0.975 (held back to the end of the sixteenth session, recorded; since trained on: 0.951 / 0.975); after the round 0.971 / 1.000
    "set66": (NOTES_66, 0.995, 0.995),  # first sight 0.948 / 0.962 (scored at once, recorded; since trained on: 0.956 / 0.962); after the round 1.000 / 1.000
    "set67": (NOTES_67, 0.97, 0.995),  # first sight 0.955 / 0.984 (held back to the end of the seventeenth session, recorded); after the round 0.976 / 1.000
    "set68": (NOTES_68, 0.995, 0.995),  # first sight 0.947 / 0.975 (scored at once in the eighteenth session, recorded; since trained on: 0.952 / 0.975); after the round 0.998 / 1.000
    "set69": (NOTES_69, 0.995, 0.995),  # first sight 0.963 / 0.979 (held back to the end of the eighteenth session, recorded); after the round 0.998 / 1.000
    "set70": (NOTES_70, 0.985, 0.995),  # first sight 0.946 / 0.984 (scored at once in the nineteenth session, recorded); after the round 0.987 / 1.000
    "set71": (NOTES_71, 0.985, 0.995),  # first sight 0.969 / 0.979 (held back to the end of the nineteenth session, recorded); after the short round 0.983 / 1.000, with the lead's four 0.991
    "set72": (NOTES_72, 0.99, 0.995),  # first sight 0.928 / 0.992 (scored at once in the twentieth session, recorded; since trained on: 0.935 / 0.992); after the two rounds 0.998 / 1.000
    "set73": (NOTES_73, 0.995, 0.995),  # first sight 0.963 / 0.974 (held back to the end of the twentieth session, recorded; since trained on: 0.965 / 0.974); after the two short rounds 1.000 / 1.000
    "set74": (NOTES_74, 0.95, 0.995),  # first sight 0.935 / 0.993 (held back to the end of the twentieth session, recorded; since trained on: 0.937 / 0.993); after a very short round 0.952 / 1.000
    "set75": (NOTES_75, 0.99, 0.995),  # first sight 0.939 / 0.976 (scored at once in the twenty-first session, recorded; since trained on: 0.950 / 0.976); after phi75a 0.975 / 1.000, phi75b 0.973 / 0.976; both merged 0.998 / 1.000; 0.993 once the tagger had trained on sets 76 and 77
    "set76": (NOTES_76, 0.98, 0.995),  # first sight 0.942 / 0.992 (held back to the end of the twenty-first session, recorded); after the very short round phi76 0.959 / 0.992; after phi76b 0.987 / 1.000
    "set77": (NOTES_77, 0.98, 0.995),  # first sight 0.964 / 0.978 (scored at once in the twenty-first session, recorded); after the round 0.985 / 1.000
    "set78": (NOTES_78, 0.98, 0.995),  # first sight 0.939 / 0.966 (scored at once in the twenty-second session, recorded); after phi78a (notes, letters) 0.967 / 0.974; after phi78b (chats) 0.946 / 0.991; both merged 0.970 / 1.000; after phi78c (chats, third round) 0.986 / 1.000
    "set79": (NOTES_79, 0.98, 0.995),  # first sight 0.977 / 0.978 (held back to the end of the twenty-second session, recorded; the same on the session's starting detector); after the very short round 0.984 / 1.000
    "set80": (NOTES_80, 0.99, 0.995),  # first sight 0.962 / 0.995 (scored at once in the twenty-second session, recorded; since trained on: 0.969 / 0.995); after the round 0.996 / 1.000
    "set81": (NOTES_81, 0.98, 0.995),  # first sight 0.944 / 0.985 (scored at once in the twenty-third session, recorded); after phi81a (notes, letters) 0.969 / 1.000; after phi81b (chats) 0.967 / 0.985; both merged 0.989 / 1.000; after phi23c 0.996 / 1.000
    "set82": (NOTES_82, 0.97, 0.995),  # first sight 0.952 / 0.992 (held back to the end of the twenty-third session, recorded; 0.955 / 0.992 on the session's starting detector); after the two very short rounds 0.982 / 1.000
    "set83": (NOTES_83, 0.99, 0.995),  # first sight 0.946 / 1.000 (scored at once in the twenty-fourth session, recorded); after the notes-and-letters round (phi83a) 0.968 / 1.000; both rounds merged 1.000 / 1.000
    "set84": (NOTES_84, 0.99, 0.995),  # first sight 0.976 / 0.977 (held back to the end of the twenty-fourth session, recorded; 0.976 / 0.970 on the session's starting detector); after the twenty-fifth session's general rounds 0.998 / 1.000
    "set85": (NOTES_85, 0.98, 0.995),  # first sight 0.938 / 0.984 (scored at once in the twenty-fifth session, recorded); after the notes-and-letters round (phi85) 0.973 / 1.000; with the chat round (phi25chat) 0.988 / 1.000
    "set86": (NOTES_86, 0.99, 0.995),  # first sight 0.960 / 0.971 (held back to the end of the twenty-fifth session, recorded; the same on the session's starting detector); after the twenty-sixth session's rounds on it (phi86names, phi86orgs) 1.000 / 1.000
    "set87": (NOTES_87, 0.99, 0.995),  # first sight 0.974 / 0.986 (scored at once in the twenty-sixth session, recorded); after its round (phi87) 0.998 / 1.000 with the tagger trained without it
    "set88": (NOTES_88, 0.99, 0.995),  # first sight 0.966 / 0.940 (140 of 149) (held back to the end of the twenty-sixth session's PHI work, recorded; the same item for item on the session's starting detector); after its two rounds (phi88, phi88keep) 0.998 / 1.000
}


def _score(notes: list[BlindNote]) -> tuple[float, float, list[str]]:
    total = clean = keep_total = kept = 0
    misses: list[str] = []
    for note in notes:
        spans = detect(note.text, "strict")
        masked = bytearray(len(note.text))
        for e in spans:
            masked[e.start : e.end] = b"\x01" * (e.end - e.start)
        for sub, kind in note.phi:
            for s, e in occurrences(note.text, sub):
                total += 1
                if all(masked[i] or not note.text[i].isalnum() for i in range(s, e)):
                    clean += 1
                else:
                    misses.append(f"{note.kind}: {kind.value} {sub!r}")
        for sub in note.keep:
            for s, e in occurrences(note.text, sub) or [
                (note.text.find(sub), note.text.find(sub) + len(sub))
            ]:
                keep_total += 1
                kept += not any(masked[s:e])
    return clean / total, kept / max(1, keep_total), misses


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_strict_floors(name: str) -> None:
    notes, leak_floor, keep_floor = FLOORS[name]
    leak_free, keep, misses = _score(notes)
    assert leak_free >= leak_floor, (leak_free, misses)
    assert keep >= keep_floor, keep


def test_new_sets_are_wellformed() -> None:
    assert (len(NOTES_3), len(CHAT), len(NOTES_4)) == (25, 80, 40)
    for note in NOTES_3 + CHAT + NOTES_4:
        for sub, _ in note.phi:
            assert occurrences(note.text, sub), (note.kind, sub)
