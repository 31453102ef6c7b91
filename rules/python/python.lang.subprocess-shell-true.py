import shlex
import subprocess


def extract_text(pdf_name):
    # ruleid: python.lang.subprocess-shell-true
    subprocess.run(f"pdftotext {pdf_name} /tmp/out.txt", shell=True, check=True)


def backup(db_name, target):
    cmd = "pg_dump " + db_name + " > " + target
    # ruleid: python.lang.subprocess-shell-true
    return subprocess.call(cmd, shell=True)


def grep(pattern, path):
    # ruleid: python.lang.subprocess-shell-true
    return subprocess.check_output("grep -r '%s' %s" % (pattern, path), shell=True)


def extract_text_safe(pdf_name):
    # ok: python.lang.subprocess-shell-true
    subprocess.run(["pdftotext", "--", pdf_name, "/tmp/out.txt"], check=True)


def disk_usage():
    # ok: python.lang.subprocess-shell-true
    return subprocess.check_output("df -h | sort -k5", shell=True)


def quoted(name):
    # ok: python.lang.subprocess-shell-true
    return subprocess.check_output(shlex.join(["ls", "-l", name]), shell=True)


def no_shell(cmd_list):
    # ok: python.lang.subprocess-shell-true
    return subprocess.run(cmd_list, shell=False)


def ping(host):
    # ok: python.lang.subprocess-shell-true
    return subprocess.check_output("ping -c 3 " + shlex.quote(host), shell=True, text=True)


def grep_logs(pattern, path):
    # ok: python.lang.subprocess-shell-true
    return subprocess.run("grep -e %s /var/log/app.log | tail -n 50" % shlex.quote(pattern), shell=True)


def grep_logs_unsafe(pattern):
    # ruleid: python.lang.subprocess-shell-true
    return subprocess.run("grep -e " + pattern + " /var/log/app.log", shell=True)


def uptime():
    cmd = "uptime"
    # todook: python.lang.subprocess-shell-true
    return subprocess.check_output(cmd, shell=True)
