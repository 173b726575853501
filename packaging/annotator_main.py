"""The bundled executable's entry point: the same command line as the `annotator` script.

`freeze_support` first: the window's compare work runs in helper processes started with the
"spawn" method (annotator/project/helper_process.py), which in a bundle re-run this executable;
it makes such a run the helper instead of a second Annotator."""
import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from annotator.launch import main

    main()
