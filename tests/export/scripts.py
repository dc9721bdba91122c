"""Assessments whose every user field is in one script: Latin (Welsh, Polish), Arabic, CJK.

Each returns the assessment and the user strings a reader must find in every report file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from svmi_desktop.domain.assessment import (
    ActionEdit,
    Assessment,
    CustomAction,
    Organisation,
    Participant,
    Status,
    Workshop,
)
from svmi_desktop.domain.levels import Level

SCRIPTS: dict[str, dict[str, str]] = {
    "latin": {
        "org": "Cyngor Sir Llŷn – Łódź Zażółć",
        "note": "Cyfarfod â’r Bwrdd: £5,000 – ŵyŷ; Zażółć gęślą jaźń €",
        "action": "Cyhoeddi adroddiad gwerth cymdeithasol – Łódź",
        "owner": "Prif Swyddog Cyllid",
        "edited": "Adolygu’r fframwaith bob blwyddyn",
    },
    "arabic": {
        "org": "مجلس مدينة الدوحة",
        "note": "ناقش المجلس خطة القيمة الاجتماعية",
        "action": "نشر تقرير القيمة الاجتماعية السنوي",
        "owner": "مدير المالية",
        "edited": "مراجعة الإطار كل عام",
    },
    "hebrew": {
        "org": "עיריית חיפה",
        "note": "המועצה דנה בתוכנית הערך החברתי",
        "action": "פרסום דוח הערך החברתי השנתי",
        "owner": "מנהל הכספים",
        "edited": "בדיקת המסגרת בכל שנה",
    },
    "devanagari": {
        "org": "सामाजिक मूल्य परिषद",
        "note": "परिषद ने योजना पर चर्चा की",
        "action": "वार्षिक सामाजिक मूल्य रिपोर्ट प्रकाशित करें",
        "owner": "वित्त अधिकारी",
        "edited": "हर साल ढांचे की समीक्षा",
    },
    "cjk": {
        "org": "北京市社会价值委员会",
        "note": "讨论社会价值计划",
        "action": "发布年度社会价值报告",
        "owner": "财务总监",
        "edited": "每年审查框架",
    },
}


def script_assessment(demo: Assessment, script: str) -> Assessment:
    s = SCRIPTS[script]
    return replace(
        demo,
        organisation=Organisation(s["org"], "Council", ""),
        workshop=Workshop(
            dt.date(2026, 11, 10), s["owner"], (Participant("Chair", s["owner"]),), 3
        ),
        notes={**demo.notes, "B": s["note"]},
        action_edits={
            **demo.action_edits,
            "C.M1": ActionEdit(s["owner"], None, Status.IN_PROGRESS, s["edited"]),
        },
        custom_actions=(CustomAction("custom-s", "A", s["action"], 1, Level.MATURE, s["owner"]),),
    )


def user_strings(script: str) -> list[str]:
    s = SCRIPTS[script]
    return [s["org"], s["note"], s["action"], s["owner"], s["edited"]]
