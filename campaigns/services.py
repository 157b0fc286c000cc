"""The previous release's module of the petition admin's figures and exports, kept for the task it
named: queued tasks store their dotted path (tests/test_task_paths.py)."""

# Export rows queued by the previous release name this path.
from campaigns.signature_exports import write_signature_export  # noqa: F401
