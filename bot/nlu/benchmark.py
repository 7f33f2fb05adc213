"""Per-message latency of the symptom matcher: `python -m bot.nlu.benchmark [rounds]`.

Builds the pipeline once (reported separately), then times `extract()` on typical chat messages and prints the
median and 95th-percentile milliseconds per message, and the time for one 20,000-character message.
"""
import statistics
import sys
import time

from bot.nlu.matcher import build_pipeline, extract

TYPICAL_MESSAGES = (
    "hi",
    "yes",
    "7/10",
    "about a week",
    "I have a fever",
    "no fever, bladder fine",
    "not sure if I have a fever",
    "my bak hurts after deadlifts",
    "it's getting worse and it hurts when I lie down",
    "My lower back went when I lifted a box at the gym, now it shoots down my leg and my toes are tingling, "
    "no fever and no trouble peeing. Pain is about a 6 and it started 3 days ago.",
    "I bent over to pick up my son and my back seized up. My leg is tingly but I don't have a fever or any "
    "bladder problems, maybe a bit stiff in the mornings.",
)


def milliseconds(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return (time.perf_counter() - start) * 1000


def main(rounds: int = 50) -> None:
    print(f"pipeline build: {milliseconds(build_pipeline):.0f} ms (once per process)")
    timings = [milliseconds(extract, text) for _ in range(rounds) for text in TYPICAL_MESSAGES]
    p95 = statistics.quantiles(timings, n=20)[-1]
    print(f"typical message: median {statistics.median(timings):.2f} ms, p95 {p95:.2f} ms "
          f"({len(timings)} messages)")
    print(f"20,000-character message: {milliseconds(extract, 'my back hurts, no fever. ' * 800):.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
