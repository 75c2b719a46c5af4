cat: tests/test_cli.py: No such file or directory
cat: tests/corpus_floor.py: No such file or directory
