"""Where a message's time goes: `python -m bench.profile [--model PATH] [--rounds N]`.

Runs the real action server in the background and, in this process, the Rasa agent exactly as `rasa run` builds
it (model, endpoints.yml: SQLite tracker store, action endpoint), then replays bench/conversations.yml under
cProfile. Prints the Rasa side's time per message split into NLU components, dialogue policies, the tracker
store, waiting for the action server and the rest, then the top functions; and profiles the action server's own
work (`bot.conversation.handle_turn` on the parses NLU produced). The Rasa server handles messages on one event
loop, so its CPU time per message is what limits throughput with many conversations at once.
"""
import argparse
import asyncio
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bench.run import load_scripts  # noqa: E402
from scripts.current_model import model_path  # noqa: E402
from scripts.runtime import action_server_cmd, bot_env, start, stop, wait_for_http  # noqa: E402
from support.servers import free_ports  # noqa: E402

# cumulative-time buckets: (label, substring of "file:function")
BUCKETS = [
    ("NLU: DIETClassifier (TensorFlow)", "diet_classifier.py:process"),
    ("NLU: SymptomExtractor (spaCy + medspaCy)", "symptom_extractor.py:process"),
    ("NLU: CountVectorsFeaturizer", "count_vectors_featurizer.py:process"),
    ("NLU: LexicalSyntacticFeaturizer", "lexical_syntactic_featurizer.py:process"),
    ("NLU: RegexFeaturizer", "regex_featurizer.py:process"),
    ("NLU: WhitespaceTokenizer", "tokenizer.py:process"),
    ("NLU: whole graph (parse_message)", "processor.py:parse_message"),
    ("dialogue: policy prediction", "processor.py:predict_next_with_tracker_if_should"),
    ("tracker store: retrieve", "tracker_store.py:retrieve"),
    ("tracker store: save", "tracker_store.py:save"),
    ("action server calls (mostly waiting)", "action.py:run"),
]


def profile_rasa(model: Path, env: Dict[str, str], rounds: int, dump: Optional[Path] = None,
                 stock: bool = False) -> None:
    from rasa.core.agent import load_agent
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
    from rasa.core.utils import AvailableEndpoints

    os.environ.update(env)
    import logging

    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)  # as `rasa run` logs: no debug events
    logging.getLogger().setLevel(logging.WARNING)
    import rasa_ext

    if stock:  # Rasa's own code: the tracker store of endpoints.yml would install rasa_ext, so mark it done
        from rasa_ext import tracker_store

        tracker_store.keep_resilient_stores_unwrapped()  # as before: only speed-ups and fallback left out
        rasa_ext._installed = True  # bench only: install() then checks the version and patches nothing
    else:  # what the served bot runs (rasa_ext/__init__.py)
        rasa_ext.install()
    endpoints = AvailableEndpoints.read_endpoints(str(ROOT / "endpoints.yml"))
    scripts = load_scripts()

    async def go() -> None:
        agent = await load_agent(model_path=str(model), endpoints=endpoints)

        async def conversation(messages: List[str]) -> None:
            sender = f"profile-{uuid.uuid4().hex[:8]}"
            for text in messages:
                await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender))

        for script in scripts:  # warm-up: graph compilation, caches
            await conversation(script.messages)
        count = sum(len(s.messages) for s in scripts) * rounds
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        for _ in range(rounds):
            for script in scripts:
                await conversation(script.messages)
        profiler.disable()
        wall = time.perf_counter() - started
        if dump:
            profiler.dump_stats(dump)
        report(profiler, count, wall)

    asyncio.run(go())


def report(profiler: cProfile.Profile, count: int, wall: float) -> None:
    stats = pstats.Stats(profiler)
    print(f"\nRasa side, in process: {count} messages, {wall / count * 1000:.1f} ms per message (wall, one at a time)")
    print(f"{'where':48} {'ms/message':>10}")
    for label, key in BUCKETS:
        total = sum(value[3] for func, value in stats.stats.items() if key in f"{Path(func[0]).name}:{func[2]}")
        print(f"{label:48} {total / count * 1000:10.1f}")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(25)
    print("\nTop functions by own time:\n" + "\n".join(out.getvalue().splitlines()[6:40]))


def profile_actions(model: Path, rounds: int) -> None:
    """bot.conversation.handle_turn, the action server's work, on the NLU parses of the scripted messages."""
    from rasa.core.agent import Agent

    from bot.conversation import State, handle_turn

    agent = Agent.load(str(model))
    scripts = load_scripts()

    async def parses() -> List[List[dict]]:
        result = []
        for script in scripts:
            result.append([await agent.parse_message(text) for text in script.messages])
        return result

    conversations = asyncio.run(parses())

    def replay() -> int:
        n = 0
        for parsed in conversations:
            state, requested = State(), None
            for parse in parsed:
                result = handle_turn(state, parse, requested)
                state, requested, n = result.state, result.next_question, n + 1
        return n

    replay()  # warm-up (knowledge base, spaCy pipeline)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    count = sum(replay() for _ in range(rounds))
    profiler.disable()
    wall = time.perf_counter() - started
    print(f"\nAction server's work (handle_turn): {wall / count * 1000:.2f} ms per message")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(15)
    print("\n".join(out.getvalue().splitlines()[6:30]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--skip-actions", action="store_true")
    parser.add_argument("--stock", action="store_true",
                        help="without the project's speed-ups and action fallback (rasa_ext/)")
    parser.add_argument("--dump", type=Path, help="write the Rasa side's cProfile stats here (for snakeviz, pstats)")
    args = parser.parse_args()
    model = args.model or model_path()
    work = Path(tempfile.mkdtemp(prefix="bench-profile-"))
    (port,) = free_ports(1)
    env = bot_env({"ACTION_PORT": str(port), "ACTION_HOST": "127.0.0.1", "TRACKER_DB": str(work / "tracker.db"),
                   "DATABASE_URL": f"sqlite:///{work / 'records.db'}"})
    with open(work / "action-server.log", "w") as log:
        action_server = start(action_server_cmd(env), env, stdout=log, stderr=log)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/health", action_server, 180)
        profile_rasa(model, env, args.rounds, args.dump, args.stock)
    finally:
        stop([action_server])
    if not args.skip_actions:
        profile_actions(model, args.rounds * 5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
