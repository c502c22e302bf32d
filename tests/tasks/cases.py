"""One valid input and one valid model output per task (the table the runner tests share)."""

from __future__ import annotations

from typing import Any

INPUTS: dict[str, str] = {
    "soap-note": "58 yo man, chest pain for 2 days, worse on exertion. BP 150/90, HR 88. "
    "Takes metformin 500 mg twice daily. Plan ECG and troponin.",
    "discharge-summary": "Admitted with community-acquired pneumonia. IV ceftriaxone, then oral "
    "amoxicillin. Afebrile by day 3. Discharged home. GP follow-up in 1 week. Blood cultures "
    "pending.",
    "differential": "34 year old woman with fever, dysuria and right flank pain for 3 days. "
    "Temp 38.9 C, costovertebral angle tenderness.",
    "patient-explain": "Echo shows LVEF 35% consistent with systolic heart failure. Start "
    "lisinopril 5 mg daily.",
    "quiz": "Diabetic ketoacidosis management",
    "pico": "We randomly assigned 400 adults with hypertension to drug A or placebo. Systolic "
    "blood pressure fell by 10 mmHg more with drug A than with placebo at 12 weeks.",
}

OUTPUTS: dict[str, dict[str, Any]] = {
    "soap-note": {
        "subjective": "Chest pain for 2 days, worse on exertion. Takes metformin.",
        "objective": "BP 150/90, HR 88.",
        "assessment": "Exertional chest pain, possible angina.",
        "plan": "ECG and troponin.",
        "problem_list": [
            {"problem": "Chest pain", "icd10": "R07.9"},
            {"problem": "Type 2 diabetes", "icd10": None},
        ],
        "medications": [{"name": "metformin", "dose": "500 mg", "frequency": "twice daily"}],
    },
    "discharge-summary": {
        "diagnoses": [{"diagnosis": "Community-acquired pneumonia", "icd10": "J18.9"}],
        "procedures": [],
        "hospital_course": "Treated with IV ceftriaxone then oral amoxicillin; afebrile by day 3.",
        "condition_at_discharge": "Improved",
        "disposition": "Home",
        "discharge_medications": [
            {"name": "amoxicillin", "dose": None, "frequency": None, "change": "new"}
        ],
        "follow_up": ["GP in 1 week"],
        "pending_results": ["Blood cultures"],
    },
    "differential": {
        "candidates": [
            {
                "diagnosis": "Acute pyelonephritis",
                "icd10": "N10",
                "likelihood": "high",
                "supporting": ["fever", "flank pain", "CVA tenderness"],
                "opposing": [],
                "red_flags": ["hypotension"],
                "next_tests": ["urinalysis", "urine culture"],
            },
            {
                "diagnosis": "Nephrolithiasis",
                "icd10": None,
                "likelihood": 0.2,
                "supporting": ["flank pain"],
                "opposing": ["fever"],
                "red_flags": [],
                "next_tests": ["CT KUB"],
            },
        ]
    },
    "patient-explain": {
        "explanation": "Your heart is weaker than normal. It does not pump as well as it should. "
        "You will start a new pill each day. It helps your heart.",
        "key_points": ["Your heart pumps less well.", "Take the new pill every day."],
    },
    "quiz": {
        "questions": [
            {
                "stem": "A 24-year-old man with type 1 diabetes has vomiting and Kussmaul breathing. "
                "Glucose is 520 mg/dL. What is the first step?",
                "options": [
                    {"text": "IV normal saline", "explanation": "Fluids come first."},
                    {"text": "IV insulin bolus", "explanation": "Only after fluids and potassium."},
                    {"text": "IV bicarbonate", "explanation": "Not routine."},
                    {"text": "Oral metformin", "explanation": "Not for DKA."},
                    {"text": "Subcutaneous glargine", "explanation": "Not the first step."},
                ],
                "answer": "A",
            }
        ]
    },
    "pico": {
        "population": "400 adults with hypertension",
        "intervention": "drug A",
        "comparison": "placebo",
        "outcomes": ["Systolic blood pressure"],
        "study_design": "randomised controlled trial",
        "sample_size": 400,
        "key_result": "Systolic blood pressure fell by 10 mmHg more with drug A than with placebo "
        "at 12 weeks",
    },
    "image-report": {
        "modality": "CT",
        "findings": [
            {"description": "Consolidation in the left lower lobe", "location": "left lower lobe",
             "image": 1, "box": [100, 200, 500, 800]},
        ],
        "impression": "Left lower lobe pneumonia is likely.",
        "recommendations": [],
    },
}

FHIR_TASKS = ("soap-note", "discharge-summary", "differential")
