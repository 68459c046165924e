// Package sandbox_test watches what the openaivet binary does to the
// network and the file system, under strace and in a network namespace
// of its own. It needs strace.
package sandbox_test

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/openaivet/openaivet/integration/robustness"
)

// TestNoNetworkNoStrayWrites runs openaivet on the demo module in each
// mode under strace, following every process it starts (the go command,
// the compiler, cgo's C compiler), and requires that
//
//   - no process opens a socket other than a Unix one, or connects
//     anywhere else: the modules are downloaded first, so that `go list`
//     finds them in the module cache;
//   - openaivet's own processes write only in the temporary directory,
//     where the go command has vet tools write their output;
//   - every process writes only in the Go build cache, the temporary
//     directory, the files -fix changes, and the user configuration
//     directory, where the go command keeps its telemetry counters: each
//     is pointed at a directory of the test's own, but for the Go build
//     cache, which stays the user's (a fresh one costs minutes of
//     compiling the standard library).
//
// It needs strace (apt-get install strace) and the right to trace child
// processes, which containers grant by default.
func TestNoNetworkNoStrayWrites(t *testing.T) {
	robustness.SkipIfShort(t)
	strace, err := exec.LookPath("strace")
	if err != nil {
		t.Fatalf("strace is not on PATH (%v): install it with `apt-get install strace`", err)
	}
	src := filepath.Join(robustness.Root(t), "testdata", "demo")
	tmp := t.TempDir()
	sandbox := map[string]string{
		"TMPDIR":          filepath.Join(tmp, "tmp"),
		"XDG_CONFIG_HOME": filepath.Join(tmp, "config"),
		// The user's go env file and build cache, named, since the
		// configuration directory moved.
		"GOENV":   robustness.GoEnv(t, "GOENV"),
		"GOCACHE": robustness.GoEnv(t, "GOCACHE"),
	}
	var env []string
	for name, value := range sandbox {
		env = append(env, name+"="+value)
		if name == "TMPDIR" || name == "XDG_CONFIG_HOME" {
			if err := os.Mkdir(value, 0o755); err != nil {
				t.Fatal(err)
			}
		}
	}
	writable := []string{sandbox["TMPDIR"], sandbox["XDG_CONFIG_HOME"], sandbox["GOCACHE"], "/dev/null"}

	for _, mode := range []struct {
		name string
		args []string
		exit int
		// seen is where openaivet is known to write in this mode: if the
		// trace does not show it, it would not show a stray write either.
		// With -fix, the files it changes are.
		seen string
	}{
		// The command runs go vet with itself as the vet tool, which
		// writes its output in the go command's work directory.
		{"command", []string{robustness.Binary, "./..."}, 1, sandbox["TMPDIR"]},
		{"fix", []string{robustness.Binary, "-fix", "./..."}, 1, ""}, // findings are left
		{"vet", robustness.VetTool("./..."), 1, sandbox["TMPDIR"]},
	} {
		t.Run(mode.name, func(t *testing.T) {
			dir := robustness.Module(t, src)
			traces := t.TempDir()
			args := append([]string{"-ff", "-y", "-qq", "-o", filepath.Join(traces, "trace"), "-e", "trace=" + tracedCalls, "--"}, mode.args...)
			res := robustness.Command(t, dir, env, strace, args...)
			if res.Exit != mode.exit {
				t.Fatalf("exit status %d, want %d:\n%s", res.Exit, mode.exit, res.Output())
			}
			ran, procs := readTrace(t, filepath.Join(traces, "trace"), dir)
			if ran == 0 {
				t.Fatalf("strace saw no openaivet process: did go vet take its results from the cache?\n%s", res.Output())
			}
			// What openaivet itself may write: temporary files (the go
			// command's work directory, where a vet tool writes its
			// output, its facts and, with -fix, its fixes). The go
			// command applies the fixes: with -fix, it may write the
			// files it changes.
			own := []string{sandbox["TMPDIR"]}
			allowed := writable
			if mode.name == "fix" {
				allowed = slices.Clone(writable)
				for _, file := range robustness.Changed(t, src, dir) {
					allowed = append(allowed, filepath.Join(dir, file))
					if !wrote(procs, filepath.Join(dir, file), "") {
						t.Errorf("the trace shows no write to %s", file)
					}
				}
				if len(allowed) == len(writable) {
					t.Error("-fix changed no file")
				}
			} else if !wrote(procs, mode.seen, robustness.Binary) {
				t.Errorf("the trace shows no write by openaivet to %s", mode.seen)
			}
			var problems []string
			for _, p := range procs {
				for _, call := range p.network {
					problems = append(problems, fmt.Sprintf("%s (pid %d) uses the network: %s", p.exe, p.pid, call))
				}
				mayWrite := allowed
				if p.exe == robustness.Binary {
					mayWrite = own
				}
				for _, w := range p.writes {
					if !under(w.path, mayWrite) {
						problems = append(problems, fmt.Sprintf("%s (pid %d) writes %s: %s", p.exe, p.pid, w.path, w.call))
					}
				}
			}
			slices.Sort(problems)
			for i, p := range slices.Compact(problems) {
				if i == 20 {
					t.Errorf("and %d more", len(problems)-i)
					break
				}
				t.Error(p)
			}
			t.Logf("%d openaivet processes and %d others traced", ran, len(procs)-ran)
		})
	}
}

// wrote reports whether a process of procs running exe (any, when exe is
// "") wrote path, or in it.
func wrote(procs []*traced, path, exe string) bool {
	for _, p := range procs {
		if exe != "" && p.exe != exe {
			continue
		}
		for _, w := range p.writes {
			if under(w.path, []string{path}) {
				return true
			}
		}
	}
	return false
}

// TestTraceSeesNetworkAndWrites checks the tracing itself: a shell that
// connects to a local port and writes a file, in a child process, is
// caught doing both.
func TestTraceSeesNetworkAndWrites(t *testing.T) {
	robustness.SkipIfShort(t)
	strace, err := exec.LookPath("strace")
	if err != nil {
		t.Fatalf("strace is not on PATH (%v): install it with `apt-get install strace`", err)
	}
	dir, traces := t.TempDir(), t.TempDir()
	script := "echo x > out.txt; bash -c 'exec 3<>/dev/tcp/127.0.0.1/9' 2>/dev/null; true"
	res := robustness.Command(t, dir, nil, strace, "-ff", "-y", "-qq", "-o", filepath.Join(traces, "trace"), "-e", "trace="+tracedCalls, "--", "bash", "-c", script)
	if res.Exit != 0 {
		t.Fatalf("strace: exit status %d\n%s", res.Exit, res.Output())
	}
	_, procs := readTrace(t, filepath.Join(traces, "trace"), dir)
	var network, writes []string
	for _, p := range procs {
		network = append(network, p.network...)
		for _, w := range p.writes {
			writes = append(writes, w.path)
		}
	}
	if len(network) == 0 {
		t.Error("the trace does not show the connection to 127.0.0.1:9")
	}
	if !slices.Contains(writes, filepath.Join(dir, "out.txt")) {
		t.Errorf("the trace does not show the write of out.txt; writes: %v", writes)
	}
}

// TestOffline runs openaivet on the demo module in a network namespace of
// its own, with no network at all (unshare -n, which needs root or user
// namespaces), and requires the same findings as outside it.
func TestOffline(t *testing.T) {
	robustness.SkipIfShort(t)
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Skipf("no unshare (%v); TestNoNetworkNoStrayWrites watches the network instead", err)
	}
	if out, err := exec.Command(unshare, "-n", "true").CombinedOutput(); err != nil {
		t.Skipf("unshare -n is not allowed here (%v: %s); TestNoNetworkNoStrayWrites watches the network instead", err, out)
	}
	dir := robustness.Module(t, filepath.Join(robustness.Root(t), "testdata", "demo"))
	for _, args := range [][]string{{robustness.Binary, "./..."}, robustness.VetTool("./...")} {
		// Offline first, so that the run offline does the work: go vet
		// caches what a vet tool says about the module's packages, by
		// their directory, which is new.
		offline := robustness.Command(t, dir, nil, unshare, append([]string{"-n", "--"}, args...)...)
		online := robustness.Command(t, dir, nil, args[0], args[1:]...)
		// go vet prints the checks' findings in no fixed order.
		if offline.Exit != online.Exit || !slices.Equal(sortedLines(offline.Output()), sortedLines(online.Output())) {
			t.Errorf("%v offline: exit status %d\n%s\nonline: exit status %d\n%s", args, offline.Exit, offline.Output(), online.Exit, online.Output())
		}
	}
}

func sortedLines(s string) []string {
	lines := strings.Split(s, "\n")
	slices.Sort(lines)
	return lines
}

// tracedCalls are the system calls strace records: those that reach the
// network, create, change or remove files, start programs and change
// directories.
const tracedCalls = "network,process,chdir,fchdir,open,openat,creat,truncate,mkdir,mkdirat," +
	"unlink,unlinkat,rename,renameat,renameat2,link,linkat,symlink,symlinkat"

// traced is one process (or thread) of a traced run: the program it runs,
// and what it did to the network and the file system.
type traced struct {
	pid     int
	exe     string
	network []string
	writes  []write
}

type write struct{ path, call string }

var (
	// A successful clone, fork or vfork names the child's pid.
	childPID = regexp.MustCompile(`^(?:clone3?|v?fork)\(.*\)\s+= (\d+)`)
	execved  = regexp.MustCompile(`^execve\("((?:[^"\\]|\\.)*)".*\)\s+= 0$`)
	// A path argument, with the directory of the file descriptor it is
	// relative to (strace -y shows it as 5</dir> or AT_FDCWD</cwd>).
	pathArg = regexp.MustCompile(`(?:(?:AT_FDCWD|\d+)<([^>]*)>, )?"((?:[^"\\]|\\.)*)"`)
	chdir   = regexp.MustCompile(`^f?chdir\((?:"((?:[^"\\]|\\.)*)"|\d+<([^>]*)>)\)\s+= 0`)
	failed  = regexp.MustCompile(`\)\s+= -1 `)
)

// readTrace reads the files strace -ff wrote (prefix.PID, one for each
// process or thread) of a run started in dir. It follows the processes
// from the first, so that each is known by the program it runs, and
// returns them, with how many run the openaivet binary.
func readTrace(t *testing.T, prefix, dir string) (ran int, procs []*traced) {
	t.Helper()
	files, err := filepath.Glob(prefix + ".*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no trace files (%v)", err)
	}
	lines := make(map[int][]string)
	isChild := make(map[int]bool)
	for _, file := range files {
		pid, err := strconv.Atoi(strings.TrimPrefix(filepath.Ext(file), "."))
		if err != nil {
			t.Fatalf("trace file %s", file)
		}
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			line := sc.Text()
			lines[pid] = append(lines[pid], line)
			if m := childPID.FindStringSubmatch(line); m != nil {
				child, _ := strconv.Atoi(m[1])
				isChild[child] = true
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	var follow func(pid int, exe, cwd string)
	follow = func(pid int, exe, cwd string) {
		p := &traced{pid: pid, exe: exe}
		procs = append(procs, p)
		for _, line := range lines[pid] {
			if m := execved.FindStringSubmatch(line); m != nil {
				p.exe = m[1]
				if p.exe == robustness.Binary {
					ran++
				}
			}
			if m := childPID.FindStringSubmatch(line); m != nil {
				child, _ := strconv.Atoi(m[1])
				follow(child, p.exe, cwd)
			}
			if m := chdir.FindStringSubmatch(line); m != nil {
				cwd = resolve(cwd, m[1]+m[2])
			}
			if call := networkCall(line); call != "" {
				p.network = append(p.network, call)
			}
			for _, path := range written(line, cwd) {
				p.writes = append(p.writes, write{path, line})
			}
		}
	}
	var roots []int
	for pid := range lines {
		if !isChild[pid] {
			roots = append(roots, pid)
		}
	}
	// One process started the run; a second root would be a process whose
	// start the trace missed, and whose program is unknown.
	if len(roots) != 1 {
		t.Fatalf("the trace has %d first processes, want 1: %v", len(roots), roots)
	}
	follow(roots[0], "", dir)
	return ran, procs
}

// networkCall returns a call that opens a socket other than a Unix one,
// or connects or sends to an address that is not a Unix socket's.
func networkCall(line string) string {
	name, args, ok := strings.Cut(line, "(")
	if !ok {
		return ""
	}
	switch name {
	case "socket", "socketpair":
		if !strings.HasPrefix(args, "AF_UNIX,") {
			return line
		}
	case "connect", "sendto", "sendmsg", "bind":
		if strings.Contains(args, "sa_family=") && !strings.Contains(args, "sa_family=AF_UNIX") {
			return line
		}
	}
	return ""
}

// written returns the paths a successful call creates, changes or
// removes.
func written(line, cwd string) []string {
	name, _, ok := strings.Cut(line, "(")
	if !ok || failed.MatchString(line) {
		return nil
	}
	args := pathArg.FindAllStringSubmatch(line, -1)
	paths := func(from int) []string {
		var ps []string
		for _, a := range args[min(from, len(args)):] {
			base := cwd
			if a[1] != "" {
				base = a[1]
			}
			ps = append(ps, resolve(base, a[2]))
		}
		return ps
	}
	switch name {
	case "open", "openat":
		for _, flag := range []string{"O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND"} {
			if strings.Contains(line, flag) {
				return paths(0)[:min(1, len(args))]
			}
		}
	case "creat", "truncate", "mkdir", "mkdirat", "unlink", "unlinkat", "rename", "renameat", "renameat2":
		return paths(0)
	case "link", "linkat", "symlink", "symlinkat":
		return paths(1) // the new name; the first is what it points to
	}
	return nil
}

func resolve(dir, path string) string {
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, path)
	}
	return filepath.Clean(path)
}

// under reports whether path is one of roots or inside one. strace shows
// the paths of file descriptors with symbolic links resolved, so roots
// count as they are and resolved.
func under(path string, roots []string) bool {
	for _, root := range roots {
		for _, r := range []string{root, realPath(root)} {
			if path == r || strings.HasPrefix(path, r+string(filepath.Separator)) {
				return true
			}
		}
	}
	return false
}

func realPath(path string) string {
	if real, err := filepath.EvalSymlinks(path); err == nil {
		return real
	}
	return path
}

func TestMain(m *testing.M) { os.Exit(robustness.Main(m)) }
