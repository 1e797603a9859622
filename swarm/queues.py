"""The seven agent pools. One queue per pool; every queue is declared, none auto-created."""

from __future__ import annotations

from enum import StrEnum


class Queue(StrEnum):
    NEWS_SCRAPER = "news_scraper"
    TWITTER_MONITOR = "twitter_monitor"
    KEYWORD_ANALYZER = "keyword_analyzer"
    DATA_QUALITY = "data_quality"
    NOTIFIER = "notifier"
    COORDINATOR = "coordinator"
    OPTIMIZER = "optimizer"


class Priority(StrEnum):
    """Task priorities, mapped onto Redis priority steps by :data:`PRIORITY_STEPS`.

    kombu's Redis transport keeps one list per step; 0 is served first. Four steps are
    used (``broker_transport_options['priority_steps']``), so a ``critical`` task overtakes
    queued ``low`` work of the same queue.
    """

    CRITICAL = "critical"
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


PRIORITY_STEPS: dict[Priority, int] = {
    Priority.CRITICAL: 0,
    Priority.HIGH: 3,
    Priority.MEDIUM: 6,
    Priority.LOW: 9,
}
DEFAULT_PRIORITY = PRIORITY_STEPS[Priority.MEDIUM]
