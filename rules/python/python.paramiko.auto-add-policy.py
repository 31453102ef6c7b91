import paramiko
from paramiko import AutoAddPolicy


def run_remote(host, user, key_path, command):
    client = paramiko.SSHClient()
    # ruleid: python.paramiko.auto-add-policy
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=key_path)
    _, stdout, _ = client.exec_command(command)
    return stdout.read()


def deploy(host, password):
    ssh = paramiko.SSHClient()
    # ruleid: python.paramiko.auto-add-policy
    ssh.set_missing_host_key_policy(AutoAddPolicy())
    ssh.connect(host, username="deploy", password=password)


def run_remote_safe(host, user, key_path, command):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    # ok: python.paramiko.auto-add-policy
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_path)
    return client.exec_command(command)
