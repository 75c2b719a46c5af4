"""The package's PEP 517 build backend, in the tree and standard library only, so that
`pip install bindings/python` works where PyPI is out of reach (pip's build isolation has
nothing to download: pyproject.toml requires nothing).

The wheel holds the `berita` package and libberita built for it:
- BERITA_LIBRARY names a built libberita.so: it is bundled as it is;
- otherwise CMake builds the library from the repository this folder belongs to
  (../.. of bindings/python), in a temporary folder (BERITA_BUILD_DIR: a lasting one, which
  a second build reuses). Outside the repository, without BERITA_LIBRARY, the build stops
  with a message that says so.

The wheel is tagged py3-none-<platform>: the library inside is native code for this machine
and links the system's libxml2, utf8proc and zlib. A source distribution is the package
folder alone (no C sources): building a wheel from it needs BERITA_LIBRARY. Editable installs
are not supported (use PYTHONPATH=bindings/python and BERITA_LIBRARY instead)."""
import base64
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE_ROOT = os.path.dirname(HERE)  # bindings/python
REPOSITORY = os.path.dirname(os.path.dirname(PACKAGE_ROOT))
NAME = "berita"
# The package's files besides its Python modules.
PACKAGE_DATA = ("py.typed",)
# Reproducible archives: every member gets this time (1980-01-01, the earliest a zip can hold).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class BuildError(Exception):
    """A wheel that cannot be built, with the reason for the person running pip."""


def _project():
    """The [project] table of pyproject.toml. tomllib where Python has it (3.11+); before that the
    table's one-line `key = value` entries, whose values this file keeps JSON-compatible."""
    path = os.path.join(PACKAGE_ROOT, "pyproject.toml")
    try:
        import tomllib
    except ImportError:
        tomllib = None
    if tomllib:
        with open(path, "rb") as f:
            project = tomllib.load(f)["project"]
    else:
        project, table = {}, None
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line.startswith("["):
                    table = line
                elif table == "[project]" and "=" in line and not line.startswith("#"):
                    key, value = line.split("=", 1)
                    project[key.strip()] = json.loads(value)
    project["version"] = _version()
    return project


def _version():
    """__version__ of the package (pyproject.toml declares the version dynamic: one place holds it)."""
    with open(os.path.join(PACKAGE_ROOT, NAME, "__init__.py"), encoding="utf-8") as f:
        found = re.search(r'^__version__ = "([^"]+)"', f.read(), re.M)
    if not found:
        raise BuildError("berita/__init__.py has no __version__")
    return found.group(1)


def _metadata(project):
    """Core metadata 2.1: METADATA in a wheel, PKG-INFO in an sdist."""
    lines = ["Metadata-Version: 2.1", f"Name: {project['name']}", f"Version: {project['version']}",
             f"Summary: {project.get('description', '')}"]
    if project.get("license"):
        lines.append(f"License: {project['license']}")
    if project.get("requires-python"):
        lines.append(f"Requires-Python: {project['requires-python']}")
    lines += [f"Classifier: {c}" for c in project.get("classifiers", [])]
    body = ""
    if project.get("readme"):
        lines.append("Description-Content-Type: text/markdown")
        with open(os.path.join(PACKAGE_ROOT, project["readme"]), encoding="utf-8") as f:
            body = "\n" + f.read()
    return "\n".join(lines) + "\n" + body


def _platform_tag():
    return re.sub(r"[^A-Za-z0-9]", "_", sysconfig.get_platform())


def _log(message):
    print(f"berita build: {message}", file=sys.stderr, flush=True)


def _built_library():
    """The path of the libberita.so to bundle, and a folder to remove afterwards (or None)."""
    given = os.environ.get("BERITA_LIBRARY")
    if given:
        if not os.path.isfile(given):
            raise BuildError(f"BERITA_LIBRARY={given} is not a file")
        return os.path.realpath(given), None
    if not (os.path.isfile(os.path.join(REPOSITORY, "CMakeLists.txt"))
            and os.path.isfile(os.path.join(REPOSITORY, "include", "berita.h"))):
        raise BuildError(
            f"the package is being built outside the libberita repository ({REPOSITORY} holds no "
            "CMakeLists.txt and include/berita.h), so there is no library to build: set BERITA_LIBRARY "
            "to a built libberita.so, or install from bindings/python of a clone")
    cmake = shutil.which("cmake")
    if not cmake:
        raise BuildError("cmake is needed to build libberita (Debian: apt-get install cmake), or set "
                         "BERITA_LIBRARY to a built libberita.so")
    lasting = os.environ.get("BERITA_BUILD_DIR")
    build = os.path.abspath(lasting) if lasting else tempfile.mkdtemp(prefix="berita-build-")
    _log(f"building libberita with CMake in {build}")
    try:
        for step in ([cmake, "-S", REPOSITORY, "-B", build, "-DCMAKE_BUILD_TYPE=Release", "-DBERITA_TESTS=OFF"],
                     [cmake, "--build", build, "--target", "berita", "-j", str(os.cpu_count() or 1)]):
            # CMake's output goes to stderr: pip shows it with -v, and on failure.
            done = subprocess.run(step, stdout=sys.stderr, stderr=sys.stderr)
            if done.returncode != 0:
                raise BuildError(f"{' '.join(step)} failed (exit {done.returncode}); see the output above")
        found = [os.path.join(build, n) for n in sorted(os.listdir(build)) if re.fullmatch(r"libberita\.so(\.\d+)*", n)]
        if not found:
            raise BuildError(f"CMake built no libberita.so in {build}")
        return os.path.realpath(found[0]), None if lasting else build
    except BaseException:
        if not lasting:
            shutil.rmtree(build, ignore_errors=True)
        raise


def _package_files():
    """(path in the archive, path on disk) for the package's modules and data files."""
    folder = os.path.join(PACKAGE_ROOT, NAME)
    names = sorted(n for n in os.listdir(folder) if n.endswith(".py") or n in PACKAGE_DATA)
    return [(f"{NAME}/{n}", os.path.join(folder, n)) for n in names]


def _record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def _write_wheel(path, dist_info, files):
    """files: (archive name, bytes, executable); adds dist_info/RECORD, last, as the wheel spec wants."""
    record = []
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as whl:
        for name, data, executable in files:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.external_attr = (0o755 if executable else 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            whl.writestr(info, data)
            record.append(_record_line(name, data))
        record.append(f"{dist_info}/RECORD,,")
        info = zipfile.ZipInfo(f"{dist_info}/RECORD", ZIP_TIME)
        info.external_attr = 0o644 << 16
        whl.writestr(info, "\n".join(record) + "\n", zipfile.ZIP_DEFLATED)


def _dist_info(project, tag):
    dist_info = f"{project['name']}-{project['version']}.dist-info"
    wheel = ("Wheel-Version: 1.0\nGenerator: berita_backend\nRoot-Is-Purelib: false\n"
             f"Tag: {tag}\n")
    return dist_info, {"METADATA": _metadata(project), "WHEEL": wheel, "top_level.txt": NAME + "\n"}


# ---- the PEP 517 hooks --------------------------------------------------

def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    project = _project()
    dist_info, files = _dist_info(project, f"py3-none-{_platform_tag()}")
    os.makedirs(os.path.join(metadata_directory, dist_info), exist_ok=True)
    for name, text in files.items():
        with open(os.path.join(metadata_directory, dist_info, name), "w", encoding="utf-8") as f:
            f.write(text)
    return dist_info


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    project = _project()
    tag = f"py3-none-{_platform_tag()}"
    library, cleanup = _built_library()
    try:
        files = []
        for name, disk in _package_files():
            with open(disk, "rb") as f:
                files.append((name, f.read(), False))
        with open(library, "rb") as f:
            # The name the package loads first (berita/__init__.py): no search of the system needed.
            files.append((f"{NAME}/libberita.so", f.read(), True))
    finally:
        if cleanup:
            shutil.rmtree(cleanup, ignore_errors=True)
    dist_info, meta = _dist_info(project, tag)
    files += [(f"{dist_info}/{name}", text.encode("utf-8"), False) for name, text in meta.items()]
    wheel_name = f"{project['name']}-{project['version']}-{tag}.whl"
    _write_wheel(os.path.join(wheel_directory, wheel_name), dist_info, files)
    _log(f"wrote {wheel_name} with {os.path.basename(library)}")
    return wheel_name


def build_sdist(sdist_directory, config_settings=None):
    """The package folder and PKG-INFO. It holds no C sources: a wheel built from it bundles the
    library that BERITA_LIBRARY names, and says so when it is not set."""
    project = _project()
    base = f"{project['name']}-{project['version']}"
    members = [("pyproject.toml", os.path.join(PACKAGE_ROOT, "pyproject.toml")),
               ("README.md", os.path.join(PACKAGE_ROOT, "README.md")),
               ("backend/berita_backend.py", __file__)] + _package_files()
    name = f"{base}.tar.gz"
    with tarfile.open(os.path.join(sdist_directory, name), "w:gz", format=tarfile.PAX_FORMAT) as tar:
        pkg_info = _metadata(project).encode("utf-8")
        info = tarfile.TarInfo(f"{base}/PKG-INFO")
        info.size, info.mode = len(pkg_info), 0o644
        tar.addfile(info, io.BytesIO(pkg_info))
        for member, disk in members:
            info = tar.gettarinfo(disk, f"{base}/{member}")
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            info.mtime = 0
            with open(disk, "rb") as f:
                tar.addfile(info, f)
    return name
