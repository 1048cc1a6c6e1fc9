"""Background extraction of chronologies added through the web form, with visible progress.

Extraction (reading, spaCy, time resolution, entities) takes seconds, so the form starts a job and
the browser follows its progress at /jobs/{id} (and /api/jobs/{id}). Jobs live in memory: they
are a convenience for the page, the stored timeline is the durable result.
"""

from __future__ import annotations

import secrets
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

STEPS = ["queued", "extracting", "stored"]
MAX_JOBS = 200  # finished jobs kept for their pages


@dataclass(slots=True)
class Job:
    """One submitted chronology and where its extraction stands."""

    id: str
    user: str
    source_label: str
    state: str = "queued"  # queued | extracting | done | failed
    message: str = "waiting for the extractor"
    created: float = field(default_factory=time.time)
    finished: float | None = None
    timeline_slug: str | None = None
    event_ids: list[int] = field(default_factory=list)
    created_new: bool = True
    replaced: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "state": self.state, "message": self.message,
            "source": self.source_label, "timeline": self.timeline_slug,
            "events": len(self.event_ids), "created": self.created_new,
            "replaced": self.replaced,
            "seconds": round((self.finished or time.time()) - self.created, 1),
        }


class JobRunner:
    """Runs `Store.add` for submitted sources on a small thread pool."""

    def __init__(self, store: Any, workers: int = 1) -> None:
        self.store = store
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="keydates-job")
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()

    def submit(self, source: str, label: str, user: str, timeline: str | None,
               published: str | None, cleanup: str | None = None) -> Job:
        """Queue one source (path, URL or text) for extraction into `timeline`; `cleanup` is a
        temporary folder to remove afterwards."""
        job = Job(id=secrets.token_urlsafe(9), user=user, source_label=label)
        with self.lock:
            self.jobs[job.id] = job
            if len(self.jobs) > MAX_JOBS:
                for old in sorted(self.jobs.values(), key=lambda j: j.created)[:-MAX_JOBS]:
                    if old.state in ("done", "failed"):
                        self.jobs.pop(old.id, None)
        self.pool.submit(self._run, job, source, timeline, published, cleanup)
        return job

    def get(self, job_id: str) -> Job | None:
        """A job by id."""
        return self.jobs.get(job_id)

    def _run(self, job: Job, source: str, timeline: str | None, published: str | None,
             cleanup: str | None = None) -> None:
        from keydates.errors import KeydatesError

        job.state, job.message = "extracting", "reading the text, resolving dates, finding entities"
        try:
            result = self.store.add(source, timeline=timeline or None, published=published or None,
                                    user=job.user)
        except KeydatesError as exc:
            job.state, job.message = "failed", str(exc)
        except Exception as exc:  # noqa: BLE001 - shown to the editor, logged by the server
            import logging

            logging.getLogger("keydates.web").exception("extraction job %s failed", job.id)
            job.state, job.message = "failed", f"extraction failed: {type(exc).__name__}: {exc}"
        else:
            job.timeline_slug = result.timeline_slug
            job.event_ids = list(result.event_ids)
            job.created_new, job.replaced = result.created, result.replaced
            job.state = "done"
            if not result.created:
                job.message = "this text is already in the timeline; nothing changed"
            else:
                job.message = f"{len(result.event_ids)} events stored"
        job.finished = time.time()
        if cleanup:
            shutil.rmtree(cleanup, ignore_errors=True)  # an upload's temporary copy

    def shutdown(self) -> None:
        """Stop accepting jobs (running ones finish)."""
        self.pool.shutdown(wait=False, cancel_futures=True)
