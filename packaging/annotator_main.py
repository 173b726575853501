"""The bundled executable's entry point: the same command line as the `annotator` script."""
from annotator.launch import main

if __name__ == "__main__":
    main()
