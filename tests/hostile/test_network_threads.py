"""Many requests from QGIS task threads at once, while the main thread is slow to run its events (a busy QGIS).

Two causes of failure lived here, both only under load: a reply deleted in a task's thread left PyQt's notice of
its death queued for the main thread, which then disowned the next reply made at the same address ("wrapped
C/C++ object of type QNetworkReply has been deleted"); and Qt's saving of an answer into the disk cache QGIS shares
between threads crashed the process. Run in a process of its own: the second failure is a segfault."""
from support.child import QGIS, run_child

STRESS = r"""
import json, random, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from qgis.core import QgsTask
from qgis.PyQt.QtCore import QCoreApplication
from clms_egms.core.network import HttpError, Transport


class Answers(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        status = random.choice([200, 200, 401, 404, 403])
        body = json.dumps({"status": status}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


server = ThreadingHTTPServer(("127.0.0.1", 0), Answers)
threading.Thread(target=server.serve_forever, daemon=True).start()
url = "http://127.0.0.1:%d/api/x" % server.server_address[1]
transport = Transport(10)
errors, done = [], []


def work(task):
    for i in range(int(sys.argv[3])):
        try:
            transport.get_json(url)
        except HttpError:
            pass
        except Exception as exc:  # what must not happen
            errors.append(repr(exc))
        done.append(1)


tasks = [QgsTask.fromFunction("requests %d" % k, work) for k in range(int(sys.argv[2]))]
for task in tasks:
    QgsApplication.taskManager().addTask(task)
end = time.monotonic() + 120
while QgsApplication.taskManager().countActiveTasks() and time.monotonic() < end:
    QCoreApplication.processEvents()
    time.sleep(0.05)  # a main thread busy with other things: its queued events wait
print("done", len(done), "errors", len(errors), errors[:3])
"""


def test_requests_from_many_task_threads_while_the_main_thread_is_slow():
    """Before the fixes, 4 tasks of 100 requests each ended in a crash or in such errors in every run of 8."""
    for _ in range(2):
        result = run_child(STRESS, 4, 100, start=QGIS, timeout=200)
        assert result.returncode == 0, result.stderr[-3000:]
        assert "done 400 errors 0 []" in result.stdout, (result.stdout, result.stderr[-3000:])
