import tarfile
import zipfile


def install_plugin(archive_path, plugins_dir):
    with tarfile.open(archive_path) as tar:
        # ruleid: python.lang.tarfile-extractall
        tar.extractall(plugins_dir)


def unpack_dataset(path, dest):
    tf = tarfile.open(path, "r:gz")
    # ruleid: python.lang.tarfile-extractall
    tf.extractall(path=dest)
    tf.close()


def install_plugin_safe(archive_path, plugins_dir):
    with tarfile.open(archive_path) as tar:
        # ok: python.lang.tarfile-extractall
        tar.extractall(plugins_dir, filter="data")


def unzip(path, dest):
    with zipfile.ZipFile(path) as zf:
        # ok: python.lang.tarfile-extractall
        zf.extractall(dest)
