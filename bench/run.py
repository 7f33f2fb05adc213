"""`make bench`: speed and footprint of the bot, against Rasa's own `rasa init` bot in the same run.

Starts the action server and the Rasa server (tests/support/servers.py, the commands `make serve` runs, on free
ports with a fresh SQLite tracker db), replays the scripted conversations of bench/conversations.yml over REST
with 1, 8 and 32 conversations at once, and measures per-message latency (p50/p95/p99, seen by the client),
messages per second, the RSS of each server process (idle after start, peak under load), the time from start
to ready, and the training time. Then the same for the `rasa init` bot (bench/reference.py; no action server).
Writes results/bench/results.json, results/bench/results.md (the tables) and results/bench/latency.png.

Options: --soak (500 conversations at once-8, checking each sender's final assessment against its own script
and that RSS levels off), --train (time a full `rasa train` of the project into a temporary folder; otherwise
the training time is not measured), --quick (1 and 8 at once, fewer conversations, no reference, no files
unless --out is given), --model, --levels, --env NAME=VALUE (extra environment for both servers).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import requests
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bench import reference  # noqa: E402
from scripts.current_model import model_path  # noqa: E402
from scripts.runtime import bot_env, rasa_cmd, stop, wait_for_http  # noqa: E402
from support.servers import free_ports, start_bot  # noqa: E402

CONVERSATIONS_FILE = ROOT / "bench" / "conversations.yml"
OUT_DIR = ROOT / "results" / "bench"
LEVELS = (1, 8, 32)
SOAK_CONVERSATIONS = 500
SOAK_CONCURRENCY = 8
REQUEST_TIMEOUT = 120
# issue 12: against the rasa init reference in the same run (absolute figures differ ~2x between machines)
RATIO_TARGETS = (  # (what, how to get it from (ours, reference), "at least" / "at most", target)
    ("messages per second, 8 at once", lambda o, r: _per_s(o, 8) / _per_s(r, 8), "at least", 1.6),
    ("messages per second, 32 at once", lambda o, r: _per_s(o, 32) / _per_s(r, 32), "at least", 1.6),
    ("training from scratch", lambda o, r: o["train_s"] / r["train_s"], "at most", 1.5),
    ("p95 per message, one at a time", lambda o, r: level(o, 1)["p95_ms"] / level(r, 1)["p95_ms"], "at most", 0.9),
    ("Rasa server memory, peak", lambda o, r: _peak_rss(o) / _peak_rss(r), "at most", 0.8),
    ("start to ready", lambda o, r: o["ready_s"] / r["ready_s"], "at most", 0.5),
)
TARGETS = {  # issue 6, on 2 cores
    "sequential_p95_ms": 150, "concurrent8_p95_ms": 400, "rasa_rss_mb": 1200, "train_s": 180, "ready_s": 60,
}


# ---------------------------------------------------------------- measuring

def group_procs(pid: int) -> List[Path]:
    """/proc entries of a process and of all processes of its group (it leads its own session)."""
    procs = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and (int(proc.name) == pid or os.getpgid(int(proc.name)) == pid):
                procs.append(proc)
        except OSError:
            continue
    return procs


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its group (its children), in MB."""
    total = 0
    for proc in group_procs(pid):
        try:
            for line in (proc / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return round(total / 1024, 1)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time used so far by a process and its group: a measure that other load on the
    machine disturbs much less than latency."""
    ticks = 0
    for proc in group_procs(pid):
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, ValueError, IndexError):
            continue
    return ticks / os.sysconf("SC_CLK_TCK")


class RssSampler:
    """Samples the RSS of named processes every `interval` seconds in a thread; keeps the peaks and a series."""

    def __init__(self, pids: Dict[str, int], interval: float = 1.0) -> None:
        self.pids, self.interval = pids, interval
        self.peak: Dict[str, float] = {name: 0.0 for name in pids}
        self.series: List[Tuple[float, Dict[str, float]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._started = time.monotonic()

    def sample(self) -> Dict[str, float]:
        now = {name: rss_mb(pid) for name, pid in self.pids.items()}
        for name, value in now.items():
            self.peak[name] = max(self.peak[name], value)
        self.series.append((round(time.monotonic() - self._started, 1), now))
        return now

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> "RssSampler":
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def percentile(values: List[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), int(round(p / 100 * len(ordered) + 0.5))))
    return ordered[rank - 1]


@dataclass
class Script:
    id: str
    messages: List[str]
    expect: Optional[str] = None


@dataclass
class Outcome:
    script: str
    latencies: List[float] = field(default_factory=list)
    errors: List[str] = field(default_factory=list)
    final_payload: Optional[dict] = None


def play(rest_url: str, script: Script, sender: str) -> Outcome:
    """One conversation, message after message, as one sender; the last assessment payload it got.
    An empty answer counts as an error when the script expects an assessment (our bot always answers; the
    moodbot legitimately stays silent after some messages)."""
    outcome = Outcome(script.id)
    session = requests.Session()
    for text in script.messages:
        started = time.perf_counter()
        try:
            response = session.post(rest_url, json={"sender": sender, "message": text}, timeout=REQUEST_TIMEOUT)
            outcome.latencies.append(time.perf_counter() - started)
            if response.status_code != 200:
                outcome.errors.append(f"HTTP {response.status_code}")
                continue
            messages = response.json()
        except (requests.RequestException, ValueError) as error:
            outcome.errors.append(type(error).__name__)
            continue
        if not messages and script.expect:
            outcome.errors.append("no reply")
        for message in messages:
            if isinstance(message.get("custom"), dict) and "triage" in message["custom"]:
                outcome.final_payload = message["custom"]
    return outcome


def run_level(rest_url: str, scripts: List[Script], concurrency: int, conversations: int,
              golden: Optional[Dict[str, dict]], pids: Dict[str, int], tag: str) -> Dict:
    """`conversations` conversations, `concurrency` at a time; latency, throughput, RSS, correctness."""
    jobs = [(scripts[i % len(scripts)], f"bench-{tag}-{concurrency}-{i}-{uuid.uuid4().hex[:6]}")
            for i in range(conversations)]
    cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
    with RssSampler(pids) as sampler:
        started = time.perf_counter()
        with ThreadPoolExecutor(concurrency) as pool:
            outcomes = list(pool.map(lambda job: play(rest_url, *job), jobs))
        wall = time.perf_counter() - started
    cpu = {name: cpu_seconds(pid) - cpu_before[name] for name, pid in pids.items()}
    latencies = [x for o in outcomes for x in o.latencies]
    mixups = [o.script for o in outcomes
              if golden is not None and golden.get(o.script) is not None and o.final_payload != golden[o.script]]
    return {
        "concurrency": concurrency, "conversations": conversations, "messages": len(latencies),
        "p50_ms": round(percentile(latencies, 50) * 1000, 1), "p95_ms": round(percentile(latencies, 95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 99) * 1000, 1), "mean_ms": round(statistics.mean(latencies) * 1000, 1),
        "max_ms": round(max(latencies) * 1000, 1), "messages_per_s": round(len(latencies) / wall, 2),
        "wall_s": round(wall, 1), "errors": sum(len(o.errors) for o in outcomes),
        "error_kinds": sorted({e for o in outcomes for e in o.errors}),
        "wrong_assessments": len(mixups), "rss_peak_mb": sampler.peak,
        "cpu_ms_per_message": {name: round(seconds / max(1, len(latencies)) * 1000, 1) for name, seconds in cpu.items()},
    }


def warm_up(rest_url: str, scripts: List[Script]) -> Dict[str, Optional[dict]]:
    """Each script once, alone: its final assessment payload is the one every replay must get."""
    golden = {}
    for script in scripts:
        outcome = play(rest_url, script, f"bench-golden-{script.id}-{uuid.uuid4().hex[:6]}")
        if outcome.errors:
            raise RuntimeError(f"warm-up of {script.id} failed: {outcome.errors}")
        got = (outcome.final_payload or {}).get("triage")
        if script.expect and got != script.expect:
            raise RuntimeError(f"warm-up of {script.id}: expected {script.expect}, the bot said {got}")
        golden[script.id] = outcome.final_payload
    return golden


def soak(rest_url: str, scripts: List[Script], golden: Dict, pids: Dict[str, int], conversations: int,
         concurrency: int) -> Dict:
    """Many conversations in batches; every final assessment checked; RSS after each batch."""
    batch = max(concurrency, conversations // 10)
    rss_after: List[Dict] = []
    totals = {"errors": 0, "wrong_assessments": 0, "latencies": []}
    started = time.perf_counter()
    done = 0
    while done < conversations:
        size = min(batch, conversations - done)
        jobs = [(scripts[(done + i) % len(scripts)], f"soak-{done + i}-{uuid.uuid4().hex[:6]}") for i in range(size)]
        with ThreadPoolExecutor(concurrency) as pool:
            outcomes = list(pool.map(lambda job: play(rest_url, *job), jobs))
        done += size
        for o in outcomes:
            totals["latencies"] += o.latencies
            totals["errors"] += len(o.errors)
            totals["wrong_assessments"] += o.final_payload != golden[o.script]
        rss_after.append({"conversations": done, **{name: rss_mb(pid) for name, pid in pids.items()}})
        print(f"bench: soak {done}/{conversations}, wrong so far {totals['wrong_assessments']}, "
              f"RSS {rss_after[-1]}", flush=True)
    latencies = totals.pop("latencies")
    growth = {}
    for name in pids:
        middle = rss_after[len(rss_after) // 2][name]
        growth[name] = {"first_batch_mb": rss_after[0][name], "middle_mb": middle, "end_mb": rss_after[-1][name],
                        "second_half_growth_mb": round(rss_after[-1][name] - middle, 1)}
    levels_off = all(g["second_half_growth_mb"] <= max(50.0, 0.1 * g["middle_mb"]) for g in growth.values())
    return {"conversations": conversations, "concurrency": concurrency, "messages": len(latencies),
            "wall_s": round(time.perf_counter() - started, 1), **totals,
            "p95_ms": round(percentile(latencies, 95) * 1000, 1), "rss_after_batches": rss_after,
            "rss": growth, "rss_levels_off": levels_off,
            "passed": totals["errors"] == 0 and totals["wrong_assessments"] == 0 and levels_off}


# ---------------------------------------------------------------- the two bots

def measure_ours(model: Path, args, scripts: List[Script]) -> Dict:
    work = Path(tempfile.mkdtemp(prefix="bench-ours-"))
    env = {"DATABASE_URL": f"sqlite:///{work / 'records.db'}", **args.env}
    started = time.monotonic()
    server = start_bot(model, work, env, timeout=600)
    ready = time.monotonic() - started
    pids = {"rasa_server": server.processes["rasa-server"].pid, "action_server": server.processes["action-server"].pid}
    try:
        result = {"bot": "triage bot", "model": model.name, "ready_s": round(ready, 1),
                  "rss_idle_mb": {name: rss_mb(pid) for name, pid in pids.items()}}
        golden = warm_up(server.rest_url, scripts)
        result["rss_after_warm_up_mb"] = {name: rss_mb(pid) for name, pid in pids.items()}
        result["levels"] = [run_level(server.rest_url, scripts, level, conversations_for(level, args), golden,
                                      pids, "ours") for level in args.levels]
        if args.soak:
            result["soak"] = soak(server.rest_url, scripts, golden, pids, args.soak_conversations,
                                  args.soak_concurrency)
        return result
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)


def measure_reference(args) -> Dict:
    record = reference.ensure_reference(args.reference_dir)
    if args.train:
        print("bench: timing rasa train of the reference", flush=True)
        timed = time_training(args.reference_dir)
        record.update(rasa_init_seconds=timed["train_s"], load_average=timed["train_load_average"],
                      note=timed["train_note"])
    model = Path(record["model"])
    (port,) = free_ports(1)
    log = open(Path(tempfile.gettempdir()) / "bench-reference-server.log", "w")
    env = bot_env(args.env)
    started = time.monotonic()
    process = subprocess.Popen(reference.server_cmd(args.reference_dir, model, port), cwd=args.reference_dir,
                               env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/status", process, 600)
        ready = time.monotonic() - started
        pids = {"rasa_server": process.pid}
        rest_url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
        scripts = [Script(f"moodbot{i}", messages) for i, messages in enumerate(reference.CONVERSATIONS)]
        result = {"bot": "rasa init (reference)", "model": model.name, "ready_s": round(ready, 1),
                  "rss_idle_mb": {name: rss_mb(pid) for name, pid in pids.items()},
                  "train_s": record.get("rasa_init_seconds"),
                  "train_note": record.get("note", "rasa init --no-prompt (scaffold + train), when it was created"),
                  "train_load_average": record.get("load_average")}
        warm_up(rest_url, scripts)
        result["levels"] = [run_level(rest_url, scripts, level, conversations_for(level, args), None, pids, "ref")
                            for level in args.levels]
        return result
    finally:
        stop([process])
        log.close()


def conversations_for(level: int, args) -> int:
    return max(args.min_conversations, 2 * level)


def time_training(project: Path = ROOT) -> Dict:
    """A full `rasa train` of the project into a temporary folder (what `make train` runs), timed. Rasa's
    training cache (~/.rasa/cache) would reuse every component whose inputs did not change, so the run gets an
    empty cache of its own: the time of training from scratch."""
    out = Path(tempfile.mkdtemp(prefix="bench-train-"))
    load = os.getloadavg()
    started = time.monotonic()
    result = subprocess.run(rasa_cmd("train", "--config", "config.yml", "--domain", "domain.yml", "--data", "data",
                                     "--out", str(out / "models"), "--fixed-model-name", "bench"),
                            cwd=project, env=bot_env({"RASA_CACHE_DIRECTORY": str(out / "cache")}),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.monotonic() - started
    shutil.rmtree(out, ignore_errors=True)
    if result.returncode != 0:
        raise RuntimeError(f"rasa train failed with exit code {result.returncode}")
    return {"train_s": round(seconds, 1), "train_note": "rasa train from scratch, empty training cache (bench --train)",
            "train_load_average": [round(x, 2) for x in load]}


# ---------------------------------------------------------------- reporting

def level(result: Dict, concurrency: int) -> Optional[Dict]:
    return next((lv for lv in result.get("levels", []) if lv["concurrency"] == concurrency), None)


def targets(ours: Dict) -> List[Tuple[str, str, str, Optional[bool]]]:
    """(what, target, measured, met) for the issue's targets."""
    rows = []
    seq, c8 = level(ours, 1), level(ours, 8)
    rss = _peak_rss(ours)
    for what, key, value, unit in [
        ("sequential p95 per message (incl. action server)", "sequential_p95_ms", seq and seq["p95_ms"], "ms"),
        ("8 concurrent conversations p95", "concurrent8_p95_ms", c8 and c8["p95_ms"], "ms"),
        ("RSS of the Rasa server (peak)", "rasa_rss_mb", rss, "MB"),
        ("training (rasa train)", "train_s", ours.get("train_s"), "s"),
        ("start to ready with a trained model", "ready_s", ours["ready_s"], "s"),
    ]:
        met = None if value is None else value <= TARGETS[key]
        rows.append((what, f"<= {TARGETS[key]} {unit}", "not measured" if value is None else f"{value} {unit}", met))
    return rows


def _per_s(result: Dict, concurrency: int) -> float:
    return level(result, concurrency)["messages_per_s"]


def _peak_rss(result: Dict) -> float:
    return max([result["rss_idle_mb"]["rasa_server"]] + [lv["rss_peak_mb"]["rasa_server"] for lv in result["levels"]])


def ratios(ours: Dict, reference: Dict) -> List[Tuple[str, str, str, Optional[bool]]]:
    """(what, target, measured ratio, met) against the reference measured in the same run."""
    rows = []
    for what, ratio_of, bound, target in RATIO_TARGETS:
        try:
            value = round(ratio_of(ours, reference), 2)
        except (KeyError, TypeError, ZeroDivisionError):
            rows.append((what, f"{bound} {target}x", "not measured", None))
            continue
        met = value >= target if bound == "at least" else value <= target
        rows.append((what, f"{bound} {target}x", f"{value}x", met))
    return rows


def markdown(results: Dict) -> str:
    bots = results["bots"]
    lines = [
        "# Benchmark results", "",
        f"Run {results['when']} on {results['machine']['cpus']} CPUs (load average before the run: "
        f"{results['machine']['load_before']}, after: {results['machine']['load_after']}; other work was "
        "running on the machine). Latency is seen by the REST client, per message, action server included.",
        "", "| bot | at once | conversations | messages | p50 ms | p95 ms | p99 ms | msg/s | CPU ms/msg (Rasa; actions) "
        "| errors | wrong assessments |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for bot in bots:
        for lv in bot["levels"]:
            wrong = lv["wrong_assessments"] if bot["bot"] == "triage bot" else "n/a"
            lines.append(f"| {bot['bot']} | {lv['concurrency']} | {lv['conversations']} | {lv['messages']} | "
                         f"{lv['p50_ms']} | {lv['p95_ms']} | {lv['p99_ms']} | {lv['messages_per_s']} | "
                         f"{'; '.join(str(v) for v in lv['cpu_ms_per_message'].values())} | "
                         f"{lv['errors']} | {wrong} |")
    lines += ["", "| bot | start to ready s | training s | RSS idle MB | RSS peak under load MB |", "|---|---:|---:|---|---|"]
    for bot in bots:
        peaks = {name: max(lv["rss_peak_mb"][name] for lv in bot["levels"]) for name in bot["rss_idle_mb"]}
        fmt = lambda d: ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in d.items())  # noqa: E731
        train = bot.get("train_s") if bot.get("train_s") is not None else "not measured"
        lines.append(f"| {bot['bot']} | {bot['ready_s']} | {train} | {fmt(bot['rss_idle_mb'])} | {fmt(peaks)} |")
    lines += [""] + [f"Training, {bot['bot']}: {bot['train_note']} (load average {bot.get('train_load_average')})."
                     for bot in bots if bot.get("train_note")]
    ours = bots[0]
    lines += ["", "Targets (issue 6, 2 cores):", "", "| what | target | measured | met |", "|---|---|---|---|"]
    for what, target, measured, met in targets(ours):
        lines.append(f"| {what} | {target} | {measured} | {'n/a' if met is None else ('yes' if met else 'NO')} |")
    if len(bots) > 1:
        lines += ["", "This bot against the reference in this run (issue 12):", "",
                  "| what | target | ratio | met |", "|---|---|---|---|"]
        for what, target, measured, met in ratios(ours, bots[1]):
            lines.append(f"| {what} | {target} | {measured} | {'n/a' if met is None else ('yes' if met else 'NO')} |")
    if "soak" in ours:
        s = ours["soak"]
        lines += ["", f"Soak: {s['conversations']} conversations, {s['concurrency']} at once, {s['messages']} messages "
                  f"in {s['wall_s']} s: {s['errors']} errors, {s['wrong_assessments']} assessments not matching the "
                  f"sender's own script; RSS " + "; ".join(
                      f"{name.replace('_', ' ')} {g['first_batch_mb']} -> {g['middle_mb']} -> {g['end_mb']} MB"
                      for name, g in s["rss"].items())
                  + f" ({'levels off' if s['rss_levels_off'] else 'KEEPS GROWING'}). "
                  + ("Passed." if s["passed"] else "FAILED.")]
    lines += ["", "![latency](latency.png)", ""]
    return "\n".join(lines)


def plot(results: Dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    bots = results["bots"]
    soak_result = bots[0].get("soak")
    fig, axes = plt.subplots(1, 3 if soak_result else 2, figsize=(15 if soak_result else 11, 4.5))
    colors = {"triage bot": "tab:blue", "rasa init (reference)": "tab:gray"}
    for bot in bots:
        xs = [lv["concurrency"] for lv in bot["levels"]]
        c = colors.get(bot["bot"], None)
        for key, style in (("p50_ms", ":"), ("p95_ms", "-"), ("p99_ms", "--")):
            axes[0].plot(xs, [lv[key] for lv in bot["levels"]], style, marker="o", color=c,
                         label=f"{bot['bot']} {key[:3]}")
        axes[1].plot(xs, [lv["messages_per_s"] for lv in bot["levels"]], marker="o", color=c, label=bot["bot"])
    axes[0].axhline(TARGETS["sequential_p95_ms"], color="tab:green", linewidth=0.8, label="target p95, 1 at once")
    axes[0].axhline(TARGETS["concurrent8_p95_ms"], color="tab:orange", linewidth=0.8, label="target p95, 8 at once")
    for ax in axes[:2]:
        ax.set_xscale("log", base=2)
        ax.set_xticks([lv["concurrency"] for lv in bots[0]["levels"]])
        ax.get_xaxis().set_major_formatter(matplotlib.ticker.ScalarFormatter())
        ax.set_xlabel("conversations at once")
    axes[0].set_yscale("log")
    axes[0].set_ylabel("latency per message, ms")
    axes[0].legend(fontsize=7)
    axes[1].set_ylabel("messages per second")
    axes[1].legend(fontsize=8)
    if soak_result:
        series = soak_result["rss_after_batches"]
        for name in soak_result["rss"]:
            axes[2].plot([p["conversations"] for p in series], [p[name] for p in series], marker=".",
                         label=name.replace("_", " "))
        axes[2].set_xlabel("soak: conversations done")
        axes[2].set_ylabel("RSS, MB")
        axes[2].set_ylim(bottom=0)
        axes[2].legend(fontsize=8)
    fig.suptitle(f"REST latency and throughput, {results['when']}")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


# ---------------------------------------------------------------- main

def load_scripts() -> List[Script]:
    return [Script(**entry) for entry in yaml.safe_load(CONVERSATIONS_FILE.read_text())]


def parse_args(argv: Optional[List[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="model to serve (default: the one for the current data)")
    parser.add_argument("--levels", default=",".join(map(str, LEVELS)), help="conversations at once, e.g. 1,8,32")
    parser.add_argument("--min-conversations", type=int, default=6, help="conversations per level, at least")
    parser.add_argument("--soak", action="store_true", help=f"also the soak run ({SOAK_CONVERSATIONS} conversations)")
    parser.add_argument("--soak-conversations", type=int, default=SOAK_CONVERSATIONS)
    parser.add_argument("--soak-concurrency", type=int, default=SOAK_CONCURRENCY)
    parser.add_argument("--train", action="store_true", help="time a full `rasa train` of the project")
    parser.add_argument("--no-reference", action="store_true", help="skip the rasa init reference bot")
    parser.add_argument("--reference-dir", type=Path, default=reference.DEFAULT_DIR)
    parser.add_argument("--quick", action="store_true", help="1 and 8 at once, 4 conversations, no reference")
    parser.add_argument("--env", action="append", default=[], help="NAME=VALUE for both servers (repeatable)")
    parser.add_argument("--render", action="store_true",
                        help="only write results.md and latency.png again from the results.json in --out")
    parser.add_argument("--out", type=Path, help=f"where to write the results (default {OUT_DIR.relative_to(ROOT)})")
    args = parser.parse_args(argv)
    args.levels = [int(x) for x in args.levels.split(",")]
    args.env = dict(item.split("=", 1) for item in args.env)
    if args.quick:
        args.levels, args.min_conversations, args.no_reference = [1, 8], 4, True
    elif args.out is None:
        args.out = OUT_DIR
    return args


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    if args.render:
        results = json.loads((args.out / "results.json").read_text())
        (args.out / "results.md").write_text(markdown(results))
        plot(results, args.out / "latency.png")
        return 0
    model = args.model or model_path()
    if not model.is_file():
        print(f"bench: no model at {model}; run `make train` (or pass --model)", file=sys.stderr)
        return 1
    scripts = load_scripts()
    results = {"when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
               "machine": {"cpus": os.cpu_count(), "load_before": [round(x, 2) for x in os.getloadavg()]},
               "env": args.env, "bots": []}
    training = time_training() if args.train else {}
    if training:
        print(f"bench: rasa train took {training['train_s']} s", flush=True)
    print(f"bench: serving {model.name}", flush=True)
    ours = {**measure_ours(model, args, scripts), **training}
    results["bots"].append(ours)
    if args.out:  # what is measured so far, in case the reference fails
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "results.partial.json").write_text(json.dumps(results, indent=2) + "\n")
    if not args.no_reference:
        print("bench: the rasa init reference", flush=True)
        results["bots"].append(measure_reference(args))
    results["machine"]["load_after"] = [round(x, 2) for x in os.getloadavg()]
    report = markdown(results)
    print(report)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
        (args.out / "results.md").write_text(report)
        plot(results, args.out / "latency.png")
        (args.out / "results.partial.json").unlink(missing_ok=True)
        print(f"bench: wrote {args.out}/results.json, results.md, latency.png")
    soak_ok = ours.get("soak", {}).get("passed", True)
    correct = all(lv["wrong_assessments"] == 0 and lv["errors"] == 0 for lv in ours["levels"])
    return 0 if soak_ok and correct else 1


if __name__ == "__main__":
    sys.exit(main())
