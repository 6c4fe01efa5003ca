"""pgserver.py: a private PostgreSQL server for the store's tests and the
benchmark: Debian's postgresql 15 binaries, a data folder under a temporary
directory, a free port on 127.0.0.1, trust authentication; as the current
user, or as `postgres` (su) when running as root.  Stopped by stop() or at
exit.  Nothing outside the temporary directory is touched."""
import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time


def find_bin():
    """The folder of initdb and pg_ctl, or None."""
    env = os.environ.get("ATTACHE_PG_BIN")
    cands = [env] if env else []
    cands += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for c in cands:
        if c and os.path.exists(os.path.join(c, "initdb")) and os.path.exists(os.path.join(c, "pg_ctl")):
            return c
    return None


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Server:
    def __init__(self):
        self.bin = find_bin()
        if not self.bin:
            raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) not found: "
                                    "apt-get install postgresql (scripts/setup.sh does)")
        self.root = tempfile.mkdtemp(prefix="attache-pg-")
        self.data = os.path.join(self.root, "data")
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        self.user = "postgres" if self.as_root else None
        if self.as_root:
            os.chmod(self.root, 0o755)
            shutil.chown(self.root, "postgres", "postgres")
        self.started = False
        atexit.register(self.stop)
        self._run([os.path.join(self.bin, "initdb"), "-D", self.data, "-A", "trust", "-U", "attache",
                   "-E", "UTF8", "--no-locale", "--no-sync"])
        conf = ("listen_addresses = '127.0.0.1'\nport = %d\nunix_socket_directories = '%s'\n"
                "fsync = on\nshared_buffers = 64MB\nmax_connections = 40\n" % (self.port, self.root))
        self._run(["sh", "-c", "cat >> '%s/postgresql.conf'" % self.data], input=conf)
        self._run([os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-l", os.path.join(self.root, "log"),
                   "-w", "-t", "60", "start"])
        self.started = True
        self.url = "postgresql://attache@127.0.0.1:%d/postgres" % self.port

    def _run(self, argv, input=None):
        if self.as_root:
            argv = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join("'%s'" % a for a in argv)]
        r = subprocess.run(argv, input=input, text=True, capture_output=True)
        if r.returncode != 0:
            raise RuntimeError("%s failed:\n%s%s" % (argv, r.stdout, r.stderr))
        return r

    def new_db(self, name):
        """A fresh database; returns its URL."""
        psql = os.path.join(self.bin, "psql")
        subprocess.run([psql, "-q", "-h", "127.0.0.1", "-p", str(self.port), "-U", "attache", "-d", "postgres",
                        "-c", 'DROP DATABASE IF EXISTS "%s"' % name, "-c", 'CREATE DATABASE "%s"' % name],
                       check=True, capture_output=True)
        return "postgresql://attache@127.0.0.1:%d/%s" % (self.port, name)

    def stop(self):
        if self.started:
            self.started = False
            try:
                self._run([os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-m", "immediate", "-w", "stop"])
            except Exception:
                pass
        if os.path.isdir(self.root):
            shutil.rmtree(self.root, ignore_errors=True)
